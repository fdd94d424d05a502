mod cmd;

use net::Ipv4;
use router::types::addr::{Family, Ipv6};
use router::{default_route, Route};

fn main() {
    let table = [default_route()];
    let ip = router::types::Ipv4([10, 0, 0, 1]);
    let ttl = router::lookup(&table, ip);
    cmd::show::print_route(&table[0]);
    println!("{} {:?}", ttl + router::types::DEFAULT_TTL, Family::V4);
    let other = router::Ipv4::LOCALHOST;
    println!("{}", router::types::addr::v4::parse_octet(b"12") + DEFAULT_TTL);
    cmd::run(&table[0], other);
}
