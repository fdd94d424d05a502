// A use after move next to liveness lints and dead code.
#[derive(Debug)]
struct Buffer {
    data: [u8; 4],
    len: usize,
}

fn consume(b: Buffer) -> usize {
    b.len
}

fn never_called() {}

fn process(seed: u8) -> usize {
    let b = Buffer { data: [seed; 4], len: 4 };
    let mut unused_mut = 3;
    let ignored = seed + 1;
    let first = consume(b);
    let second = consume(b);
    first + second + unused_mut
}

fn reassign() -> u32 {
    let mut x = 1;
    x = 2;
    x = 3;
    x
}

fn main() {
    println!("{}", process(1));
    println!("{}", reassign());
}
