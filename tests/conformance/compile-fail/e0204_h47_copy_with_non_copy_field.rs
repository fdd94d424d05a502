// Deriving Copy on a type whose field is not Copy.
#[derive(Debug, Clone)]
struct Buffer {
    data: [u8; 8],
    len: usize,
}

#[derive(Debug, Clone, Copy)]
struct Frame {
    id: u32,
    payload: Buffer,
}

#[derive(Debug, Clone, Copy)]
enum Message {
    Ping,
    Data(Buffer),
}

impl Buffer {
    fn filled(v: u8, len: usize) -> Buffer {
        Buffer { data: [v; 8], len }
    }
}

fn main() {
    let f = Frame { id: 1, payload: Buffer::filled(7, 3) };
    let g = f;
    let m = Message::Data(Buffer::filled(1, 1));
    println!("{:?} {:?} {:?} {:?}", f, g, m, Message::Ping);
}
