// LEB128 varint encoding into a borrowed output buffer held by a writer struct.
struct Writer<'a> {
    out: &'a mut [u8],
    len: usize,
}

struct Reader<'a> {
    src: &'a [u8],
    pos: usize,
}

fn encode_u64(w: &mut Writer, mut v: u64) -> usize {
    let start = w.len;
    loop {
        let byte = (v & 0x7F) as u8;
        v >>= 7;
        if v == 0 {
            w.out[w.len] = byte;
            w.len += 1;
            break;
        }
        w.out[w.len] = byte | 0x80;
        w.len += 1;
    }
    w.len - start
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn unzigzag(u: u64) -> i64 {
    (u >> 1) as i64 ^ -((u & 1) as i64)
}

impl<'a> Reader<'a> {
    fn read_u64(&mut self) -> u64 {
        let mut result = 0u64;
        let mut shift = 0;
        loop {
            let b = self.src[self.pos];
            self.pos += 1;
            result |= ((b & 0x7F) as u64) << shift;
            if b & 0x80 == 0 {
                return result;
            }
            shift += 7;
        }
    }
    fn done(&self) -> bool {
        self.pos >= self.src.len()
    }
}

fn main() {
    let mut storage = [0u8; 64];
    let mut w = Writer { out: &mut storage, len: 0 };
    // a magic header written directly through the borrowed buffer
    w.out[0] = 0xCA;
    w.out[1] = 0xFE;
    w.len = 2;
    let values: [i64; 7] = [0, 1, -1, 300, -8192, i64::MAX, i64::MIN];
    for v in values {
        let n = encode_u64(&mut w, zigzag(v));
        println!("{:>20} -> {} byte(s)", v, n);
    }
    let used = w.len;
    print!("bytes:");
    for b in &storage[..used] {
        print!(" {:02x}", b);
    }
    println!();
    let mut r = Reader { src: &storage[2..used], pos: 0 };
    let mut i = 0;
    while !r.done() {
        let v = unzigzag(r.read_u64());
        assert_eq!(v, values[i]);
        i += 1;
    }
    println!("decoded {} values, header {:#04x}{:02x}", i, storage[0], storage[1]);
}
