struct Parser {
    pos: usize,
}

impl Parser {
    fn r#match(&self, c: char) -> bool {
        self.pos > 0 && c == 'x'
    }

    fn r#type(&self) -> &'static str {
        "parser"
    }
}

fn r#main() {
    let p = Parser { pos: 1 };
    println!("{} {}", p.r#match('x'), p.r#type());
}
