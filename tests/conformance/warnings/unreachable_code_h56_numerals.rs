// lints: unreachable_code
// Number formatting toolkit: Roman numerals, English words, and
// base conversion into byte buffers. Accepted with a few warnings.

const ROMAN: [(u32, &[u8]); 13] = [
    (1000, b"M"), (900, b"CM"), (500, b"D"), (400, b"CD"), (100, b"C"), (90, b"XC"),
    (50, b"L"), (40, b"XL"), (10, b"X"), (9, b"IX"), (5, b"V"), (4, b"IV"), (1, b"I"),
];

const ONES: [&[u8]; 20] = [
    b"zero", b"one", b"two", b"three", b"four", b"five", b"six", b"seven", b"eight", b"nine", b"ten",
    b"eleven", b"twelve", b"thirteen", b"fourteen", b"fifteen", b"sixteen", b"seventeen", b"eighteen",
    b"nineteen",
];
const TENS: [&[u8]; 10] = [b"", b"", b"twenty", b"thirty", b"forty", b"fifty", b"sixty", b"seventy", b"eighty", b"ninety"];

const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

struct Buf {
    bytes: [u8; 64],
    len: usize,
}

impl Buf {
    fn new() -> Buf {
        Buf { bytes: [0; 64], len: 0 }
    }

    fn push(&mut self, b: u8) {
        self.bytes[self.len] = b;
        self.len += 1;
    }

    fn push_str(&mut self, s: &[u8]) {
        for &b in s {
            self.push(b);
        }
    }

    fn reverse(&mut self) {
        let (mut i, mut j) = (0, self.len);
        while i + 1 < j {
            j -= 1;
            let t = self.bytes[i];
            self.bytes[i] = self.bytes[j];
            self.bytes[j] = t;
            i += 1;
        }
    }

    fn print(&self) {
        for &b in &self.bytes[..self.len] {
            print!("{}", b as char);
        }
    }
}

fn roman(mut n: u32, out: &mut Buf) {
    if n == 0 || n >= 4000 {
        out.push_str(b"?");
        return;
    }
    for &(value, sym) in ROMAN.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
}

fn from_roman(s: &[u8]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < s.len() {
        let cur = roman_digit(s[i]);
        let next = if i + 1 < s.len() { roman_digit(s[i + 1]) } else { 0 };
        if cur < next {
            total += next - cur;
            i += 2;
        } else {
            total += cur;
            i += 1;
        }
    }
    total
}

fn roman_digit(c: u8) -> u32 {
    match c.to_ascii_uppercase() {
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

fn words_below_thousand(n: u32, out: &mut Buf) {
    let mut n = n;
    if n >= 100 {
        out.push_str(ONES[(n / 100) as usize]);
        out.push_str(b" hundred");
        n %= 100;
        if n == 0 {
            return;
        }
        out.push_str(b" and ");
    }
    if n < 20 {
        out.push_str(ONES[n as usize]);
    } else {
        out.push_str(TENS[(n / 10) as usize]);
        if n % 10 != 0 {
            out.push(b'-');
            out.push_str(ONES[(n % 10) as usize]);
        }
    }
}

fn words(n: u32, out: &mut Buf) {
    if n < 1000 {
        words_below_thousand(n, out);
        return;
    }
    words_below_thousand(n / 1000, out);
    out.push_str(b" thousand");
    if n % 1000 != 0 {
        out.push(b' ');
        words_below_thousand(n % 1000, out);
    }
}

fn to_base(mut n: u64, base: u64, out: &mut Buf) {
    if base < 2 || base > 36 {
        panic!("unsupported base {}", base);
        out.push(b'!');
    }
    if n == 0 {
        out.push(b'0');
        return;
    }
    while n > 0 {
        out.push(DIGITS[(n % base) as usize]);
        n /= base;
    }
    out.reverse();
}

fn main() {
    let samples = [1u32, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999];
    for n in samples {
        let mut r = Buf::new();
        roman(n, &mut r);
        let back = from_roman(&r.bytes[..r.len]);
        let mut w = Buf::new();
        words(n, &mut w);
        print!("{:>5} ", n);
        r.print();
        print!(" ({}) ", back == n);
        w.print();
        println!();
    }
    let mut status = "pending";
    for base in [2u64, 8, 16, 36] {
        let mut b = Buf::new();
        to_base(48879, base, &mut b);
        print!("base {:>2}: ", base);
        b.print();
        println!();
        status = "done";
    }
    status = "finished";
}
