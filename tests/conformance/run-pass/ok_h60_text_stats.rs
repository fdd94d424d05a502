#[derive(Debug, Default, Clone, Copy)]
struct Counts {
    letters: usize,
    digits: usize,
    spaces: usize,
    other: usize,
    upper: usize,
}

fn classify(s: &[u8]) -> Counts {
    let mut c = Counts::default();
    for &b in s {
        let ch = b as char;
        match ch {
            'a'..='z' => c.letters += 1,
            'A'..='Z' => {
                c.letters += 1;
                c.upper += 1;
            }
            '0'..='9' => c.digits += 1,
            ' ' | '\t' | '\n' => c.spaces += 1,
            _ => c.other += 1,
        }
    }
    c
}

fn caesar(b: u8, shift: u8) -> u8 {
    if b.is_ascii_lowercase() {
        (b - b'a' + shift) % 26 + b'a'
    } else if b.is_ascii_uppercase() {
        (b - b'A' + shift) % 26 + b'A'
    } else {
        b
    }
}

fn main() {
    let text = b"Hello World 2024!\tRust is fun.";
    let c = classify(text);
    println!("{:#?}", c);
    let total = c.letters + c.digits + c.spaces + c.other;
    assert_eq!(total, text.len());
    for &b in b"Attack at Dawn" {
        print!("{}", caesar(b, 13) as char);
    }
    println!();
    let ratio = c.upper as f64 / c.letters as f64;
    println!("upper ratio {:.3}", ratio);
}
