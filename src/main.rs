//! The `weft` command line. A host like any other: it uses only the public API.

use std::process::ExitCode;

fn usage() -> &'static str {
    "usage: weft [option] ... [-c cmd | -m mod | file | -] [arg] ...\n\
     Options:\n\
     \x20 -c cmd        program passed in as string\n\
     \x20 -m mod        run library module as a script\n\
     \x20 -i            inspect interactively after running script\n\
     \x20 --check FILE  parse FILE and report syntax errors only\n\
     \x20 --ast FILE    print the syntax tree of FILE\n\
     \x20 --dis FILE    print the bytecode of FILE\n\
     \x20 --version     print the version and exit\n\
     \x20 -h, --help    print this help and exit\n"
}

fn read_source(path: &str) -> Result<String, ExitCode> {
    match std::fs::read(path) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(_) => {
                eprintln!("weft: can't decode file '{}': invalid UTF-8", path);
                Err(ExitCode::from(1))
            }
        },
        Err(e) => {
            eprintln!(
                "weft: can't open file '{}': [Errno {}] {}",
                path,
                e.raw_os_error().unwrap_or(0),
                e
            );
            Err(ExitCode::from(2))
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("--version") | Some("-V") => {
            println!("weft {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("-h") | Some("--help") => {
            print!("{}", usage());
            ExitCode::SUCCESS
        }
        Some(flag @ ("--check" | "--ast")) => {
            let Some(path) = args.get(2) else {
                eprint!("{}", usage());
                return ExitCode::from(2);
            };
            let source = match read_source(path) {
                Ok(s) => s,
                Err(code) => return code,
            };
            match weft::parser::parse_module(&source, path) {
                Ok(module) => {
                    if flag == "--ast" {
                        print!("{}", weft::ast_dump::dump(&module));
                    }
                    ExitCode::SUCCESS
                }
                Err(e) => {
                    eprint!("{}", e.render());
                    ExitCode::from(1)
                }
            }
        }
        _ => {
            eprint!("{}", usage());
            ExitCode::from(2)
        }
    }
}
