// lints: unused_mut unused_variables
// Ownership lints: a moved value bound to an unused name, a mut binding that is only moved.
#[derive(Debug)]
struct Buffer {
    len: usize,
    cap: usize,
}

fn grow(b: Buffer) -> Buffer {
    Buffer { len: b.len, cap: b.cap * 2 }
}

fn main() {
    let mut first = Buffer { len: 3, cap: 4 };
    let second = grow(first);
    let old = Buffer { len: 0, cap: 1 };
    println!("{:?}", second);
}
