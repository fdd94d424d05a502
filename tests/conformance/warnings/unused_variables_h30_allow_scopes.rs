// lints: unused_variables unused_mut unused_assignments unreachable_code
// A packet filter where some warnings are silenced at statement, arm or block level only.

#[derive(Debug, Clone, Copy)]
enum Packet {
    Tcp { port: u16, len: u16 },
    Udp { port: u16, len: u16 },
    Icmp(u8),
}

fn verdict(p: Packet) -> bool {
    match p {
        #[allow(unused_variables)]
        Packet::Tcp { port, len } => port != 23,
        Packet::Udp { port, len } => port == 53,
        Packet::Icmp(kind) => true,
    }
}

#[allow(unused_mut)]
fn count_allowed(ps: &[Packet]) -> u32 {
    let mut n = 0;
    let mut scanned = 0;
    for p in ps {
        if verdict(*p) {
            n += 1;
        }
    }
    #[warn(unused_mut)]
    let mut spare = 0;
    n + spare
}

fn bytes(ps: &[Packet]) -> u32 {
    #[allow(unused_assignments)]
    let mut last = 0;
    let mut sum = 0;
    for p in ps {
        last = match p {
            Packet::Tcp { len, .. } | Packet::Udp { len, .. } => *len as u32,
            Packet::Icmp(_) => 8,
        };
        sum += last;
        last = 0;
    }
    #[allow(unused_variables)]
    {
        let trailer = 4;
        let checksum = sum % 255;
    }
    let padding = 2;
    sum
}

fn fail_closed(strict: bool) -> u32 {
    if strict {
        #[allow(unreachable_code)]
        {
            return 0;
            println!("never");
        }
    }
    return 1;
    let after = 2;
    after
}

fn main() {
    let ps = [
        Packet::Tcp { port: 443, len: 1200 },
        Packet::Udp { port: 53, len: 80 },
        Packet::Icmp(8),
        Packet::Tcp { port: 23, len: 60 },
    ];
    println!("{} allowed, {} bytes, {}", count_allowed(&ps), bytes(&ps), fail_closed(false));
}
