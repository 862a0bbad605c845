fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let src = std::fs::read_to_string(&path).unwrap_or_default();
    raw(&src);
    for t in weft::lexer::tokenize(&src, &path) {
        println!("{:?}", t.map_err(|e| e.msg));
    }
}
#[allow(dead_code)]
fn raw(src: &str) {
    use logos::Logos;
    let mut lex = weft::lexer::Tok::lexer(src);
    while let Some(t) = lex.next() {
        println!("{:?} {:?}", t, lex.span());
    }
}
