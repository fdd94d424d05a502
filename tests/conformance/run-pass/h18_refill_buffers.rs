// A buffer field is moved out to be flushed and then replaced, after which the whole
// owner is borrowed and moved again: valid because every moved field was re-initialised.
#[derive(Debug)]
struct Buffer {
    bytes: [u8; 4],
    used: usize,
}

#[derive(Debug)]
struct Writer {
    name: &'static str,
    buf: Buffer,
    flushed: u32,
}

fn flush(buf: Buffer) -> u32 {
    let mut sum = 0u32;
    for b in &buf.bytes[..buf.used] {
        sum += *b as u32;
    }
    sum
}

fn describe(w: &Writer) -> usize {
    w.buf.used
}

fn finish(w: Writer) -> u32 {
    w.flushed + flush(w.buf)
}

fn main() {
    let mut w = Writer { name: "log", buf: Buffer { bytes: [1, 2, 3, 4], used: 3 }, flushed: 0 };
    for round in 0..3u8 {
        let got = flush(w.buf);
        w.flushed += got;
        w.buf = Buffer { bytes: [round, round + 1, 0, 0], used: 2 };
        println!("{} round {} used {}", w.name, round, describe(&w));
    }
    println!("{:?}", w);
    let total = finish(w);
    println!("{} total", total);
}
