// Roman numerals over a fixed table, written into a byte buffer.
const TABLE: [(u32, &[u8]); 13] = [
    (1000, b"M"),
    (900, b"CM"),
    (500, b"D"),
    (400, b"CD"),
    (100, b"C"),
    (90, b"XC"),
    (50, b"L"),
    (40, b"XL"),
    (10, b"X"),
    (9, b"IX"),
    (5, b"V"),
    (4, b"IV"),
    (1, b"I"),
];

struct RomanBuf {
    bytes: [u8; 32],
    len: usize,
}

impl RomanBuf {
    fn new() -> Self {
        RomanBuf { bytes: [0; 32], len: 0 }
    }

    fn push_str(&mut self, s: &[u8]) {
        for &b in s {
            self.bytes[self.len] = b;
            self.len += 1;
        }
    }

    fn print(&self) {
        for i in 0..self.len {
            print!("{}", self.bytes[i] as char);
        }
        println!();
    }
}

fn to_roman(mut n: u32) -> RomanBuf {
    let mut buf = RomanBuf::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            buf.push_str(sym);
            n -= value;
        }
    }
    buf
}

fn value_of(c: u8) -> u32 {
    match c {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        _ => 0,
    }
}

fn from_roman(bytes: &[u8]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < bytes.len() {
        let v = value_of(bytes[i]);
        if i + 1 < bytes.len() && v < value_of(bytes[i + 1]) {
            total += value_of(bytes[i + 1]) - v;
            i += 2;
        } else {
            total += v;
            i += 1;
        }
    }
    total
}

fn main() {
    let numbers = [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999];
    for n in numbers {
        print!("{:>5} => ", n);
        to_roman(n).print();
    }
    let inputs: [&[u8]; 4] = [b"MCMXCIV", b"XLII", b"MMXXIV", b"III"];
    for s in &inputs {
        println!("{:?} = {}", s, from_roman(s));
    }
}
