// edition:2018
// Rust 2018 module paths: crate::, uniform paths, `pub(crate)` re-exports, macros imported by path.
mod network {
    pub mod addr {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Ipv4(pub [u8; 4]);

        impl Ipv4 {
            pub fn parse(s: &str) -> Option<Ipv4> {
                let mut out = [0u8; 4];
                let mut parts = s.split('.');
                for slot in out.iter_mut() {
                    *slot = parts.next()?.parse().ok()?;
                }
                if parts.next().is_some() {
                    return None;
                }
                Some(Ipv4(out))
            }

            pub fn is_private(&self) -> bool {
                matches!(self.0, [10, ..] | [192, 168, ..] | [172, 16..=31, ..])
            }
        }
    }

    pub mod route {
        use super::addr::Ipv4;
        use crate::network::mask;

        pub fn same_subnet(a: Ipv4, b: Ipv4, prefix: u32) -> bool {
            mask(a, prefix) == mask(b, prefix)
        }
    }

    pub(crate) fn mask(a: addr::Ipv4, prefix: u32) -> u32 {
        let n = u32::from_be_bytes(a.0);
        if prefix == 0 { 0 } else { n & (!0u32 << (32 - prefix)) }
    }
}

pub(crate) use network::addr::Ipv4;
use network::route::same_subnet;

macro_rules! ip {
    ($a:literal . $b:literal . $c:literal . $d:literal) => {
        $crate::Ipv4([$a, $b, $c, $d])
    };
}

fn main() {
    let a = Ipv4::parse("192.168.1.20").unwrap();
    let b = ip!(192 . 168 . 1 . 99);
    println!("{:?} {} {}", a, a.is_private(), same_subnet(a, b, 24));
    println!("{:?} {:?}", Ipv4::parse("1.2.3"), Ipv4::parse("300.1.1.1"));
    println!("{}", crate::network::mask(b, 16));
}
