// A packet decoder using many pattern forms.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Packet {
    Ping,
    Data { id: u16, len: u8 },
    Ack(u16),
    Error(u8, bool),
}

fn classify(p: &Packet) -> &'static str {
    match p {
        Packet::Ping => "ping",
        Packet::Data { len: 0, .. } => "empty data",
        Packet::Data { id: 1..=99, len } if *len > 10 => "big low-id data",
        Packet::Data { .. } => "data",
        Packet::Ack(n @ 1000..) if n % 2 == 0 => "even high ack",
        Packet::Ack(_) => "ack",
        Packet::Error(code, true) | Packet::Error(code, false) if *code > 100 => "bad error",
        &Packet::Error(_, fatal) => {
            if fatal {
                "fatal"
            } else {
                "warn"
            }
        }
    }
}

fn header(bytes: &[u8]) -> u32 {
    match bytes {
        [] => 0,
        [only] => *only as u32,
        [first, .., last] => (*first as u32) << 8 | *last as u32,
    }
}

fn pair_kind(mut t: (i32, i32)) -> i32 {
    match t {
        (0, 0) => 0,
        (x, 0) | (0, x) => x,
        (x, y) if x == y => 2 * x,
        (ref a, ref mut b) => {
            *b += 1;
            *a + *b
        }
    }
}

fn main() {
    let packets = [
        Packet::Ping,
        Packet::Data { id: 5, len: 0 },
        Packet::Data { id: 50, len: 20 },
        Packet::Data { id: 500, len: 20 },
        Packet::Ack(1002),
        Packet::Ack(1003),
        Packet::Error(200, false),
        Packet::Error(3, true),
        Packet::Error(3, false),
    ];
    for p in packets.iter() {
        println!("{:?} -> {}", p, classify(p));
    }
    let buf = [0xABu8, 1, 2, 0xCD];
    println!("{:#x} {} {}", header(&buf), header(&buf[..1]), header(&buf[1..1]));
    for t in [(0, 0), (5, 0), (0, -3), (4, 4), (2, 7)] {
        print!("{} ", pair_kind(t));
    }
    println!();
    let Packet::Data { id, len: l } = packets[3] else {
        panic!("not data");
    };
    if let Packet::Ack(n) = packets[4] {
        println!("id {} len {} ack {}", id, l, n);
    }
    let mut idx = 0;
    while let Packet::Ping | Packet::Data { .. } = packets[idx] {
        idx += 1;
    }
    println!("first non-data at {}", idx);
    let &[a, b, ..] = &buf;
    let c = match a as char {
        'a'..='z' => 1,
        '\u{80}'..=char::MAX => 2,
        _ => 3,
    };
    println!("{} {} {}", a, b, c);
}
