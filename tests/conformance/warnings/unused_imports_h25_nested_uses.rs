// lints: unused_imports unused_mut unused_variables
// A routing table whose modules import more than they use.
mod net {
    pub mod addr {
        #[derive(Debug, Clone, Copy, PartialEq)]
        pub struct Ip(pub [u8; 4]);

        pub const LOOPBACK: Ip = Ip([127, 0, 0, 1]);
        pub const ANY: Ip = Ip([0, 0, 0, 0]);

        pub fn is_private(ip: Ip) -> bool {
            ip.0[0] == 10 || (ip.0[0] == 192 && ip.0[1] == 168)
        }
    }

    pub mod route {
        use super::addr::{self, Ip, LOOPBACK, ANY};
        use super::*;
        use crate::net::addr::is_private as private;

        #[derive(Debug, Clone, Copy)]
        pub enum Hop {
            Direct,
            Via(Ip),
            Drop,
        }

        pub fn next_hop(dest: Ip) -> Hop {
            use Hop::*;
            if dest == LOOPBACK {
                Direct
            } else if addr::is_private(dest) {
                Via(Ip([10, 0, 0, 1]))
            } else {
                Hop::Drop
            }
        }

        pub fn describe(h: Hop) -> u8 {
            use self::Hop::{Direct, Drop, Via};
            match h {
                Direct => 0,
                Via(_) => 1,
                _ => 2,
            }
        }
    }
}

use net::addr::{Ip, LOOPBACK};
use net::route::{self, describe, next_hop, Hop};

struct Router {
    hops: u32,
}

impl Router {
    fn forward(mut self, ip: Ip) -> u8 {
        describe(next_hop(ip))
    }

    fn count(mut self) -> u32 {
        self.hops += 1;
        self.hops
    }
}

fn main() {
    let mut table = [LOOPBACK; 3];
    let mut last = Ip([8, 8, 8, 8]);
    table[1] = Ip([192, 168, 1, 1]);
    let r = Router { hops: 0 };
    let s = Router { hops: 1 };
    for ip in table {
        println!("{:?} -> {:?}", ip, next_hop(ip));
    }
    println!("{} {}", r.forward(last), s.count());
    let (mut a, b) = (1, 2);
    println!("{}", a);
}
