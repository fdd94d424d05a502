// Importing a function from a module where it does not exist, and from a module that does not exist.
mod parser {
    pub fn parse_number(text: &[u8]) -> u32 {
        let mut n = 0;
        for &b in text {
            n = n * 10 + (b - b'0') as u32;
        }
        n
    }
}

use parser::parse_float;
use lexer::tokenize;

fn main() {
    println!("{}", parser::parse_number(b"123"));
}
