// Associated consts evaluated at compile time.
struct Buffer {
    data: [u8; Buffer::SIZE],
    len: usize,
}

impl Buffer {
    const SIZE: usize = 16;
    const HALF: usize = Self::SIZE / 2;
    const OVER: u8 = 200 + 100;
    const NEG: usize = Self::HALF - 9;
    const FROM_FN: usize = Buffer::compute();

    fn compute() -> usize {
        4
    }

    fn new() -> Buffer {
        Buffer { data: [0; Self::SIZE], len: 0 }
    }
}

fn main() {
    let b = Buffer::new();
    let arr = [0u8; Buffer::HALF];
    println!("{} {} {} {} {}", b.len, arr.len(), Buffer::OVER, Buffer::NEG, Buffer::FROM_FN);
    println!("{}", b.data.len());
}
