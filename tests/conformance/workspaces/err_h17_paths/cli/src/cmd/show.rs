use super::super::super::Route;
use crate::router::lookup;
use router::types::{Ipv4 as Addr, Family};

pub fn print_route(r: &router::Route) {
    println!("{}/{} ttl {}", r.dest.0[0], r.bits, r.ttl);
    let fam = router::family_of(r);
    println!("{:?}", fam == router::types::addr::Family::V4);
    let a: Addr = r.dest;
    println!("{} {}", a.in_subnet(r.dest), lookup(r));
}

pub fn lookup(r: &router::Route) -> u8 {
    r.ttl
}
