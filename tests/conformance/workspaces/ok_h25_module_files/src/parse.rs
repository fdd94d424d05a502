// A non-mod.rs file: its children live in src/parse/.
mod lexer;

pub use lexer::Token;

pub fn tokenize(src: &[u8], out: &mut [Token; 8]) -> usize {
    let mut n = 0;
    for &b in src {
        if n < out.len() {
            out[n] = lexer::classify(b);
            n += 1;
        }
    }
    n
}
