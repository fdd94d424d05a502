pub mod show;

pub fn run(r: &crate::Route, ip: router::types::Ipv4) {
    show::print_route(r);
    self::show::missing(r);
    let g = router::types::addr::v6::parse_group(b"ff");
    println!("{} {}", g, net_types::DEFAULT_TTL);
}
