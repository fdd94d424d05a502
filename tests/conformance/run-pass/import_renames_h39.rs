// Renames with `as`, `self` in groups and leading `::`/`crate`/`self` paths.
mod net {
    pub mod tcp {
        pub fn open(port: u16) -> u16 {
            port + 1
        }
        pub fn close(port: u16) -> u16 {
            port - 1
        }
    }
    pub mod udp {
        pub fn open(port: u16) -> u16 {
            port + 2
        }
    }
}

use net::tcp::{self as stream, open as open_tcp};
use self::net::udp::open as open_udp;
use crate::net::{tcp::close, udp};
use ::std::f64::consts::PI as HALF_TURN;

fn compare(a: u16, b: u16) -> i8 {
    if a < b { -1 } else if a > b { 1 } else { 0 }
}

fn degrees(rad: f64) -> f64 {
    rad * 180.0 / HALF_TURN
}

fn main() {
    let a = open_tcp(80);
    let b = open_udp(80);
    let c = stream::close(a) + close(b) + udp::open(1);
    println!("{} {} {} {} {}", a, b, c, compare(a, b), degrees(HALF_TURN / 2.0));
}
