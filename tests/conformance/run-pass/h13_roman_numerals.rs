// Roman numeral conversion both ways with const tables, slice patterns and u8 char handling.
const TABLE: [(u32, &[u8]); 13] = [
    (1000, b"M"), (900, b"CM"), (500, b"D"), (400, b"CD"), (100, b"C"), (90, b"XC"),
    (50, b"L"), (40, b"XL"), (10, b"X"), (9, b"IX"), (5, b"V"), (4, b"IV"), (1, b"I"),
];

struct Buf {
    bytes: [u8; 32],
    len: usize,
}

impl Buf {
    fn push_str(&mut self, s: &[u8]) {
        for &b in s {
            self.bytes[self.len] = b;
            self.len += 1;
        }
    }

    fn show(&self) {
        for &b in &self.bytes[..self.len] {
            print!("{}", b as char);
        }
    }
}

fn to_roman(mut n: u32, out: &mut Buf) {
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            out.push_str(sym);
            n -= value;
        }
    }
}

fn digit(b: u8) -> u32 {
    match b.to_ascii_uppercase() {
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

fn from_roman(s: &[u8]) -> u32 {
    let mut total = 0;
    let mut rest = s;
    loop {
        match rest {
            [] => break total,
            [a, b, tail @ ..] if digit(*a) < digit(*b) => {
                total += digit(*b) - digit(*a);
                rest = tail;
            }
            [a, tail @ ..] => {
                total += digit(*a);
                rest = tail;
            }
        }
    }
}

fn main() {
    let years = [1987u32, 2024, 3999, 444, 9, 14, 1_000];
    for y in years {
        let mut b = Buf { bytes: [0; 32], len: 0 };
        to_roman(y, &mut b);
        print!("{y:>5} = ");
        b.show();
        let back = from_roman(&b.bytes[..b.len]);
        println!("{:>w$}-> {back}", "", w = 16 - b.len);
        assert_eq!(back, y);
    }
    let lower = b"mcmxliv";
    let mut shown = Buf { bytes: [0; 32], len: 0 };
    shown.push_str(lower);
    shown.show();
    println!(" = {}", from_roman(lower));
    let checks: [&[u8]; 3] = [b"XIV", b"", b"MMXXV"];
    for c in checks {
        let kind = match c {
            [] => "empty",
            [b'M', ..] => "thousands",
            [.., b'V'] => "ends in five",
            _ => "other",
        };
        println!("{:?} {kind} {}", c, from_roman(c));
    }
}
