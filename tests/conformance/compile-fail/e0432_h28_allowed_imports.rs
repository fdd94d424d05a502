// Import attributes: `#[allow(unused_imports)]` does not hide unresolved imports.
#![warn(unused)]

mod net {
    pub mod tcp {
        pub const DEFAULT_PORT: u16 = 80;
        pub fn connect(port: u16) -> bool {
            port != 0
        }
    }
    pub mod udp {
        pub fn send(len: usize) -> usize {
            len
        }
    }
}

#[allow(unused_imports)]
use net::tcp::{connect, listen};
#[allow(unused_imports)]
use net::udp::send;
use net::tcp::DEFAULT_PORT;
#[allow(unused_imports)]
use net::quic;
use net::udp::broadcast as bcast;

fn main() {
    let ok = connect(DEFAULT_PORT);
    println!("{}", ok);
    #[allow(unused_variables)]
    let port = 443;
}
