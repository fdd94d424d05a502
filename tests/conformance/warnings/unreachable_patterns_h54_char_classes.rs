// lints: unreachable_patterns
// Character classification for a tiny tokenizer over a byte slice.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Digit,
    Lower,
    Upper,
    Space,
    Punct,
    Other,
}

fn classify(b: u8) -> Class {
    match b {
        b'0'..=b'9' => Class::Digit,
        b'a'..=b'z' => Class::Lower,
        b'A'..=b'Z' => Class::Upper,
        b' ' | b'\t' | b'\n' => Class::Space,
        b'.' | b',' | b';' | b'!' | b'?' => Class::Punct,
        b'x' => Class::Lower,
        b'!' => Class::Punct,
        _ => Class::Other,
    }
}

fn vowel_score(b: u8) -> u32 {
    match b.to_ascii_lowercase() {
        b'a' | b'e' | b'i' | b'o' | b'u' => 1,
        b'y' => 2,
        b'a'..=b'z' => 0,
        b'e' => 5,
        _ => 0,
    }
}

struct Counts {
    per_class: [u32; 6],
    vowels: u32,
}

impl Counts {
    fn index(c: Class) -> usize {
        match c {
            Class::Digit => 0,
            Class::Lower => 1,
            Class::Upper => 2,
            Class::Space => 3,
            Class::Punct => 4,
            Class::Other => 5,
            _ => 5,
        }
    }

    fn scan(text: &[u8]) -> Counts {
        let mut c = Counts { per_class: [0; 6], vowels: 0 };
        for &b in text {
            c.per_class[Counts::index(classify(b))] += 1;
            c.vowels += vowel_score(b);
        }
        c
    }
}

fn main() {
    let text = b"Hello, World! 42 tokens; Rust is fun?\tyes.";
    let c = Counts::scan(text);
    let names = ["digit", "lower", "upper", "space", "punct", "other"];
    for i in 0..6 {
        println!("{:>6}: {}", names[i], c.per_class[i]);
    }
    println!("vowel score {}", c.vowels);
}
