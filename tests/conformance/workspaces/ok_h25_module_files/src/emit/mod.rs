use crate::parse::Token;

mod inline {
    // Inline module inside a mod.rs file: its file children live in src/emit/inline/.
    pub mod ops;
}

pub fn render(toks: &[Token]) -> u32 {
    let mut acc = 0u32;
    let mut pending = '+';
    for t in toks {
        match *t {
            Token::Num(n) => acc = inline::ops::apply(acc, pending, n as u32),
            Token::Op(c) => pending = c,
            Token::End => break,
        }
    }
    acc
}
