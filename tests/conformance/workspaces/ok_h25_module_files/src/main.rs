//! A calculator language split over many module files.
mod emit;
mod parse;
mod util {
    // An inline module's file children live under src/util/.
    pub mod nested;
}

use parse::{tokenize, Token};

fn main() {
    let src = [b'1', b'+', b'2', b'*', b'3'];
    let mut toks = [Token::End; 8];
    let n = tokenize(&src, &mut toks);
    println!("{} tokens", n);
    println!("{}", emit::render(&toks[..n]));
    println!("{}", util::nested::depth() + util::nested::inner::level());
}
