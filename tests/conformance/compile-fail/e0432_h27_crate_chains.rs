// Deep module tree with `crate::`, `super::` and `self::` import chains.
mod net {
    pub mod ip {
        pub fn parse(a: u8, b: u8, c: u8, d: u8) -> u32 {
            ((a as u32) << 24) | ((b as u32) << 16) | ((c as u32) << 8) | d as u32
        }

        pub mod mask {
            use super::super::ip::parse;
            use crate::net::ip::classify;
            use self::super::port::DEFAULT;

            pub fn apply(addr: u32, bits: u32) -> u32 {
                let m = if bits == 0 { 0 } else { u32::MAX << (32 - bits) };
                let base = parse(0, 0, 0, 0);
                (addr & m) | base | DEFAULT
            }
        }
    }

    pub mod port {
        pub const DEFAULT: u32 = 0;
    }

    pub use self::ip::mask::apply;
    pub use crate::net::tcp::connect;
}

use net::apply;

fn main() {
    let a = net::ip::parse(192, 168, 1, 20);
    println!("{:x}", apply(a, 24));
}
