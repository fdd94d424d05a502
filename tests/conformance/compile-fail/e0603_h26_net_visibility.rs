// Network stack modules with path-restricted visibility.
mod net {
    pub mod ip {
        pub(in crate::net) const TTL: u8 = 64;
        pub(crate) const MTU: usize = 1500;

        pub struct Header {
            pub src: u32,
            pub dst: u32,
            pub(super) ttl: u8,
        }

        impl Header {
            pub fn new(src: u32, dst: u32) -> Header {
                Header { src, dst, ttl: TTL }
            }

            pub(in crate::net) fn decrement(&mut self) -> bool {
                if self.ttl == 0 {
                    return false;
                }
                self.ttl -= 1;
                true
            }
        }
    }

    pub mod route {
        use super::ip::{Header, TTL};

        pub fn forward(h: &mut Header) -> bool {
            h.ttl < TTL && h.decrement()
        }
    }

    pub fn hops_left(h: &ip::Header) -> u8 {
        h.ttl
    }
}

use net::ip::Header;

fn main() {
    let mut h = Header::new(0x0a000001, 0x0a000002);
    let ok = net::route::forward(&mut h);
    println!("{} {} {}", ok, net::hops_left(&h), net::ip::MTU);
    println!("{}", net::ip::TTL);
    h.decrement();
    println!("{}", h.ttl);
}
