// lints: dead_code unused_variables
#![allow(dead_code)]
// dead_code is allowed crate-wide, then re-enabled for one impl and one method.
struct Parser {
    pos: usize,
    depth: u32,
}

impl Parser {
    fn new() -> Parser {
        Parser { pos: 0, depth: 0 }
    }

    #[deny(dead_code)]
    fn rewind(&mut self) {
        self.pos = 0;
    }

    #[warn(unused_variables)]
    fn skip(&mut self, n: usize, reason: u8) {
        self.pos += n;
    }
}

#[warn(dead_code)]
impl Parser {
    fn peek_depth(&self) -> u32 {
        self.depth
    }

    fn advance(&mut self) {
        self.pos += 1;
    }
}

fn main() {
    let mut p = Parser::new();
    p.skip(2, 0);
    p.advance();
    println!("{}", p.pos);
}
