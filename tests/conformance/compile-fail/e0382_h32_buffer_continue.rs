#[derive(Debug)]
struct Buffer {
    data: [i32; 3],
    len: usize,
}

fn flush(b: Buffer) -> i32 {
    b.data[0] + b.len as i32
}

fn main() {
    let mut buf = Buffer { data: [0; 3], len: 0 };
    let mut out = 0;
    for round in 0..4 {
        out += flush(buf);
        buf = Buffer { data: [round; 3], len: 1 };
    }
    println!("{} {:?}", out, buf);

    let mut b2 = Buffer { data: [1; 3], len: 2 };
    let mut n = 0;
    loop {
        n += 1;
        if n == 3 {
            out += flush(b2);
            continue;
        }
        if n > 5 {
            break;
        }
        b2.len += 1;
    }
    println!("{}", out);
}
