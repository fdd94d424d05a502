// Packet header decoding with refutable patterns in `let` and parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Proto {
    Tcp(u16),
    Udp(u16),
    Icmp,
}

#[derive(Debug, Clone, Copy)]
struct Header {
    proto: Proto,
    ttl: u8,
}

fn port_of(Proto::Tcp(port): Proto) -> u16 {
    port
}

fn ttl_class(h: &Header) -> u8 {
    let &Header { ttl: 1..=64, .. } = h;
    1
}

fn decode(bytes: [u8; 3]) -> Header {
    let [kind, hi, lo] = bytes;
    let port = ((hi as u16) << 8) | lo as u16;
    let proto = match kind {
        6 => Proto::Tcp(port),
        17 => Proto::Udp(port),
        _ => Proto::Icmp,
    };
    Header { proto, ttl: 64 }
}

fn main() {
    let h = decode([6, 0x1f, 0x90]);
    let Proto::Tcp(p) | Proto::Udp(p) = h.proto;
    println!("{} {} {}", p, port_of(h.proto), ttl_class(&h));
    let (first, 0) = (h.ttl, 0u8);
    println!("{}", first);
}
