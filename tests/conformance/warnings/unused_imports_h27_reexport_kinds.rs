// lints: unused_imports dead_code
// Codec crate layout: several imports of each kind are never used.
mod codec {
    pub mod base64 {
        pub const ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        pub fn encoded_len(n: usize) -> usize {
            (n + 2) / 3 * 4
        }
        pub fn padding(n: usize) -> usize {
            (3 - n % 3) % 3
        }
    }

    pub mod hex {
        pub const DIGITS: &[u8; 16] = b"0123456789abcdef";
        pub fn encoded_len(n: usize) -> usize {
            n * 2
        }
    }

    pub(crate) use self::base64::padding;
    pub(crate) use self::hex::DIGITS;
    use self::hex::*;
    use super::codec::base64::ALPHABET as B64;

    pub fn sizes(n: usize) -> (usize, usize) {
        (base64::encoded_len(n), hex::encoded_len(n))
    }
}

mod report {
    use super::codec::{self, hex, sizes};
    use crate::codec::base64::{encoded_len as b64_len, padding};

    pub fn line(n: usize) -> usize {
        let (a, b) = sizes(n);
        a + b + padding(n)
    }
}

use codec::padding;
use std::fmt;

fn main() {
    println!("{} {}", report::line(10), padding(4));
}
