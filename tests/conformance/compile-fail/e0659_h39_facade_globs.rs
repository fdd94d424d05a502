// A facade module glob re-exports two backends that both define `encode`.
mod codec {
    pub mod base64 {
        pub fn encode(n: u32) -> u32 {
            n * 4 / 3
        }
        pub fn alphabet_size() -> u32 {
            64
        }
    }

    pub mod hex {
        pub fn encode(n: u32) -> u32 {
            n * 2
        }
        pub fn upper(b: u8) -> u8 {
            b.to_ascii_uppercase()
        }
    }

    pub use self::base64::*;
    pub use self::hex::*;
}

use codec::{alphabet_size, encode, upper};

fn main() {
    println!("{} {}", alphabet_size(), upper(b'f'));
    println!("{}", encode(30));
    println!("{}", codec::encode(12));
}
