// Refutable patterns in plain `let` where `let ... else` was intended.
#[derive(Debug, Clone, Copy)]
enum Frame {
    Data { seq: u16, len: u16 },
    Ack(u16),
    Reset,
}

fn data_len(frames: &[Frame]) -> u32 {
    let mut total = 0;
    for f in frames {
        let Frame::Data { len, .. } = *f;
        total += len as u32;
    }
    total
}

fn first_two(frames: &[Frame]) -> (Frame, Frame) {
    let [a, b, ..] = frames;
    (*a, *b)
}

fn main() {
    let fs = [Frame::Data { seq: 1, len: 40 }, Frame::Ack(1), Frame::Reset];
    println!("{}", data_len(&fs));
    println!("{:?}", first_two(&fs));
    if let Frame::Data { seq, .. } = fs[0] {
        println!("seq {seq}");
    }
}
