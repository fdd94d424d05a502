use net::addr::Family;
use net::{Ipv4, DEFAULT_TTL};

pub use net as types;

pub struct Route {
    pub dest: Ipv4,
    pub bits: u32,
    pub ttl: u8,
}

pub fn default_route() -> Route {
    Route { dest: net::addr::v4::Ipv4::LOCALHOST, bits: 8, ttl: DEFAULT_TTL }
}

pub fn family_of(r: &Route) -> Family {
    if r.bits > 32 {
        net::addr::Family::V6
    } else {
        Family::V4
    }
}

pub fn lookup(table: &[Route], ip: Ipv4) -> u8 {
    for r in table {
        if ip.in_subnet(r.dest, r.bits) {
            return r.ttl;
        }
    }
    net::parse_octet(b"0")
}
