// Buffer helpers confusing `&`, `&mut`, `&&` and derefs.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Buffer {
    data: [u8; 8],
    used: usize,
}

fn push(buf: &mut Buffer, byte: u8) {
    if buf.used < buf.data.len() {
        buf.data[buf.used] = byte;
        buf.used += 1;
    }
}

fn longest(names: &[&'static str; 2]) -> usize {
    let a = &names[0];
    let b: &&str = names[1];
    a.len().max(b.len())
}

fn peek(buf: &Buffer) -> u8 {
    let last = &buf.data[buf.used - 1];
    last
}

fn main() {
    let mut buf = Buffer { data: [0; 8], used: 0 };
    push(&buf, 1);
    let view: &mut Buffer = &buf;
    push(view, 2);
    let names = ["north", "south"];
    let n: usize = longest(names);
    let copy: Buffer = &*view;
    let byte: u8 = *peek(&buf);
    let same: bool = &buf == buf;
    println!("{} {:?} {} {}", n, copy, byte, same);
}
