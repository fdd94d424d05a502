// lints: unused_imports
// Nested use groups where some leaves are never used.
mod net {
    pub mod tcp {
        pub fn connect(port: u16) -> u16 {
            port + 1
        }
        pub fn listen(port: u16) -> u16 {
            port
        }
        pub const DEFAULT_PORT: u16 = 80;
    }
    pub mod udp {
        pub fn send(n: u8) -> u8 {
            n
        }
        pub fn broadcast() -> u8 {
            255
        }
    }
    pub mod dns {
        pub fn resolve(n: u32) -> u32 {
            n * 3
        }
    }
}

use net::{
    dns,
    tcp::{self, connect, listen, DEFAULT_PORT},
    udp::{broadcast, send},
};

fn main() {
    let c = connect(8080);
    let s = send(4);
    println!("{} {} {}", c, s, tcp::listen(22));
    println!("{}", DEFAULT_PORT);
}
