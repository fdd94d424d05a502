struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn rest(&self) -> &' str {
        self.input
    }
}

fn main() {
    let p = Parser { input: "abc" };
    println!("{}", p.rest());
}
