#[derive(Debug)]
struct Payload {
    bytes: [u8; 4],
}

#[derive(Debug)]
enum Frame {
    Data(Payload),
    Ack(u16),
    Close,
}

fn checksum(p: Payload) -> u32 {
    let mut s = 0u32;
    for b in p.bytes {
        s += b as u32;
    }
    s
}

fn main() {
    let frames = [Frame::Ack(3), Frame::Close];
    for f in &frames {
        match f {
            Frame::Ack(n) => println!("ack {}", n),
            _ => println!("other"),
        }
    }
    let incoming = Frame::Data(Payload { bytes: [1, 2, 3, 4] });
    if let Frame::Data(p) = incoming {
        println!("sum {}", checksum(p));
    }
    let kind = match incoming {
        Frame::Data(_) => "data",
        Frame::Ack(_) => "ack",
        Frame::Close => "close",
    };
    println!("{}", kind);
}
