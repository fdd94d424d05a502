// Trying to re-export something that is only crate-visible.
pub mod codec {
    pub(crate) fn encode(b: u8) -> u8 {
        b ^ 0x5a
    }
    pub fn decode(b: u8) -> u8 {
        b ^ 0x5a
    }
}

pub mod api {
    pub use crate::codec::decode;
    pub use crate::codec::encode;
}

fn main() {
    let x = api::encode(3);
    println!("{}", api::decode(x));
}
