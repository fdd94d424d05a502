// Roman numeral conversion both ways, over byte strings.
const SYMBOLS: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn print_roman(mut n: u32) {
    print!("{:>5} = ", n);
    for &(value, symbol) in SYMBOLS.iter() {
        while n >= value {
            print!("{}", symbol);
            n -= value;
        }
    }
    println!();
}

fn digit_value(b: u8) -> u32 {
    match b {
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

fn parse_roman(text: &[u8]) -> u32 {
    let mut total = 0;
    let mut i = 0;
    while i < text.len() {
        let here = digit_value(text[i]);
        let next = if i + 1 < text.len() { digit_value(text[i + 1]) } else { 0 };
        if here < next {
            total += next - here;
            i += 2;
        } else {
            total += here;
            i += 1;
        }
    }
    total
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999] {
        print_roman(n);
    }
    let inputs: [&[u8]; 4] = [b"MCMXCIV", b"XLII", b"MMXXIV", b"CDXLIV"];
    for text in inputs {
        println!("{:?} -> {}", text.len(), parse_roman(text));
    }
}
