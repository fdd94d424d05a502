// lints: dead_code unused_imports unused_variables
// A run-length encoder after a refactor: the old helpers and imports are still around.
mod codec {
    pub const MAX_RUN: u8 = 9;

    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Token {
        Literal(u8),
        Run(u8, u8),
        Escape,
    }

    pub fn encode(input: &[u8], out: &mut [Token; 64]) -> usize {
        let mut n = 0;
        let mut i = 0;
        while i < input.len() {
            let b = input[i];
            let mut run = 1u8;
            while i + (run as usize) < input.len() && input[i + run as usize] == b && run < MAX_RUN {
                run += 1;
            }
            out[n] = if run > 2 { Token::Run(run, b) } else { Token::Literal(b) };
            n += 1;
            i += if run > 2 { run as usize } else { 1 };
        }
        n
    }

    // old API, replaced by `encode`
    pub fn encode_legacy(input: &[u8]) -> usize {
        input.len()
    }

    fn checksum(tokens: &[Token]) -> u32 {
        let mut sum = 0u32;
        for t in tokens {
            sum = sum.wrapping_mul(31).wrapping_add(match *t {
                Token::Literal(b) => b as u32,
                Token::Run(n, b) => (n as u32) << 8 | b as u32,
                Token::Escape => 0xffff,
            });
        }
        sum
    }
}

mod stats {
    pub fn ratio(before: usize, after: usize) -> f64 {
        after as f64 / before as f64
    }
}

use codec::{encode, Token, MAX_RUN};
use stats::ratio;
use std::fmt;

struct Report {
    input_len: usize,
    tokens: usize,
    literals: usize,
}

fn decode_len(tokens: &[Token]) -> usize {
    let mut len = 0;
    for t in tokens {
        len += match t {
            Token::Literal(_) => 1,
            Token::Run(n, _) => *n as usize,
            Token::Escape => 0,
        };
    }
    len
}

fn main() {
    let inputs: [&[u8]; 3] = [b"aaaabbbccd", b"abcdef", b"zzzzzzzzzzzzzzzz"];
    for input in inputs {
        let mut tokens = [Token::Escape; 64];
        let n = encode(input, &mut tokens);
        let literal_count = 0;
        let mut literals = 0;
        for t in &tokens[..n] {
            if let Token::Literal(_) = t {
                literals += 1;
            }
        }
        let report = Report { input_len: input.len(), tokens: n, literals };
        println!("{} bytes -> {} tokens ({} literals), ratio {:.2}, decodes to {}",
            report.input_len, report.tokens, literals, ratio(input.len(), n), decode_len(&tokens[..n]));
    }
}
