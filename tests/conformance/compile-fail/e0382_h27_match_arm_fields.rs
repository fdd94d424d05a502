// Message router: moving struct fields and tuple parts in match arms.
#[derive(Debug)]
struct Payload {
    bytes: [u8; 8],
    len: usize,
}

#[derive(Debug)]
enum Msg {
    Data(Payload),
    Ack(u32),
    Close,
}

#[derive(Debug)]
struct Envelope {
    to: u16,
    msg: Msg,
    backup: Payload,
}

fn consume(p: Payload) -> usize {
    p.len
}

fn route(env: Envelope) -> usize {
    let n = match env.msg {
        Msg::Data(p) => consume(p),
        Msg::Ack(id) => id as usize,
        Msg::Close => 0,
    };
    let saved = env.backup;
    println!("to {} saved {}", env.to, saved.len);
    println!("{:?}", env);
    n
}

fn split(pair: (Payload, Payload)) -> usize {
    let first = pair.0;
    let total = consume(first) + consume(pair.1);
    total + pair.0.len
}

fn main() {
    let p = Payload { bytes: [0; 8], len: 3 };
    let env = Envelope { to: 7, msg: Msg::Data(p), backup: Payload { bytes: [1; 8], len: 8 } };
    println!("{}", route(env));
    println!("{}", p.bytes[0]);
    let q = (Payload { bytes: [2; 8], len: 1 }, Payload { bytes: [3; 8], len: 2 });
    println!("{}", split(q));
}
