// A tiny network packet classifier with nested enums.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Proto {
    Tcp,
    Udp,
    Icmp,
}

#[derive(Debug, Clone, Copy)]
enum Dir {
    In,
    Out,
}

#[derive(Debug, Clone, Copy)]
enum Packet {
    Data(Proto, Dir, u16),
    Control { proto: Proto, urgent: bool },
    Empty,
}

fn classify(p: Packet) -> &'static str {
    match p {
        Packet::Data(Proto::Tcp, Dir::In, _) => "tcp in",
        Packet::Data(Proto::Tcp, Dir::Out, _) => "tcp out",
        Packet::Data(Proto::Udp, _, 0..=1023) => "udp system",
        Packet::Data(Proto::Udp, _, 1024..=u16::MAX) => "udp user",
        Packet::Control { proto: Proto::Icmp, .. } => "icmp control",
        Packet::Control { urgent: true, .. } => "urgent",
        Packet::Empty => "empty",
    }
}

fn weight(p: &Packet) -> u32 {
    match *p {
        Packet::Data(_, Dir::In, n) if n > 100 => 3,
        Packet::Data(_, Dir::In, _) => 2,
        Packet::Data(Proto::Icmp, Dir::Out, _) => 1,
        Packet::Control { .. } | Packet::Empty => 0,
    }
}

fn direction_pair(a: Dir, b: Dir) -> u8 {
    match (a, b) {
        (Dir::In, Dir::In) => 0,
        (Dir::Out, Dir::Out) => 1,
        (Dir::In, Dir::Out) => 2,
    }
}

fn main() {
    let packets = [
        Packet::Data(Proto::Tcp, Dir::In, 80),
        Packet::Control { proto: Proto::Udp, urgent: false },
        Packet::Empty,
    ];
    for p in packets.iter() {
        println!("{} {}", classify(*p), weight(p));
    }
    println!("{}", direction_pair(Dir::In, Dir::Out));
}
