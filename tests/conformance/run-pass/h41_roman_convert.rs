// Roman numerals both ways over byte buffers, with table-driven encoding.
const TABLE: [(u16, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn value(b: u8) -> u16 {
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

fn encode(mut n: u16, out: &mut [u8; 16]) -> usize {
    assert!(n > 0 && n < 4000, "out of range: {}", n);
    let mut len = 0;
    for &(v, sym) in TABLE.iter() {
        while n >= v {
            for i in 0..sym.len() {
                out[len] = match (sym, i) {
                    ("M", _) => b'M',
                    ("CM", 0) | ("CD", 0) | ("C", _) => b'C',
                    ("CM", _) => b'M',
                    ("D", _) | ("CD", _) => b'D',
                    ("XC", 0) | ("XL", 0) | ("X", _) => b'X',
                    ("XC", _) => b'C',
                    ("L", _) | ("XL", _) => b'L',
                    ("IX", 0) | ("IV", 0) | ("I", _) => b'I',
                    ("IX", _) => b'X',
                    (_, _) => b'V',
                };
                len += 1;
            }
            n -= v;
        }
    }
    len
}

fn decode(s: &[u8]) -> u32 {
    let mut total = 0u32;
    let mut i = 0;
    while i < s.len() {
        let v = value(s[i]) as u32;
        let next = if i + 1 < s.len() { value(s[i + 1]) as u32 } else { 0 };
        if v < next {
            total += next - v;
            i += 2;
        } else {
            total += v;
            i += 1;
        }
    }
    total
}

fn main() {
    let mut buf = [0u8; 16];
    for n in [1u16, 4, 9, 14, 40, 90, 400, 1994, 2024, 3888, 3999] {
        let len = encode(n, &mut buf);
        let back = decode(&buf[..len]);
        assert_eq!(back, n as u32);
        print!("{:>4} = ", n);
        for &b in &buf[..len] {
            print!("{}", b as char);
        }
        println!(" ({} chars)", len);
    }
    println!("mcmxcix -> {}", decode(b"mcmxcix"));
    println!("empty -> {}", decode(b""));
}
