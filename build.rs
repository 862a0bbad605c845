fn main() {
    lalrpop::Configuration::new()
        .use_cargo_dir_conventions()
        .process_file("grammar/weft.lalrpop")
        .expect("lalrpop failed on grammar/weft.lalrpop");
    println!("cargo:rerun-if-changed=grammar/weft.lalrpop");
}
