// Bindings named like unit structs and tuple structs brought in by use.
mod tokens {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Eof;
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Number(pub i64);
}

use tokens::{Eof, Number};

fn classify(n: i64) -> i64 {
    let Number = n * 2;
    Number + 1
}

fn is_end(e: Eof) -> bool {
    let Eof = e;
    true
}

fn main() {
    println!("{} {}", classify(3), is_end(Eof));
    let t = Number(4);
    println!("{:?}", t);
}
