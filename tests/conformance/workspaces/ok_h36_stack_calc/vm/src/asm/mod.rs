//! Assembles `b"3 4 + 2 *"` (reverse Polish) into ops.
mod lexer;

use crate::machine::Op;
use self::lexer::{next_word, Word};

pub const MAX_OPS: usize = 32;

pub fn assemble(src: &[u8], out: &mut [Op; MAX_OPS]) -> usize {
    let mut pos = 0;
    let mut n = 0;
    loop {
        let (word, next) = next_word(src, pos);
        pos = next;
        out[n] = match word {
            Word::End => break,
            Word::Number(v) => Op::Push(v),
            Word::Symbol(b'+') => Op::Add,
            Word::Symbol(b'-') => Op::Sub,
            Word::Symbol(b'*') => Op::Mul,
            Word::Symbol(b'/') => Op::Div,
            Word::Symbol(b'~') => Op::Neg,
            Word::Symbol(b'd') => Op::Dup,
            Word::Symbol(_) => Op::Nop,
        };
        n += 1;
    }
    n
}
