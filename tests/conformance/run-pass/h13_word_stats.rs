// Word statistics over the bytes of a byte string and an array of chars, with labelled loops and slice patterns.
const TEXT: &[u8] = b"The quick brown Fox jumps over 13 lazy dogs; the DOG sleeps. Zebra-crossing at 4pm!";
static VOWELS: [u8; 5] = [b'a', b'e', b'i', b'o', b'u'];

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Counts {
    letters: u32,
    digits: u32,
    spaces: u32,
    punct: u32,
    vowels: u32,
    upper: u32,
}

fn classify(bytes: &[u8]) -> Counts {
    let mut c = Counts::default();
    for &b in bytes {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' => {
                c.letters += 1;
                if b.is_ascii_uppercase() {
                    c.upper += 1;
                }
                let lower = b.to_ascii_lowercase();
                for v in VOWELS.iter() {
                    if *v == lower {
                        c.vowels += 1;
                    }
                }
            }
            d @ b'0'..=b'9' => c.digits += (d - b'0' > 0) as u32,
            b' ' => c.spaces += 1,
            _ if b.is_ascii_punctuation() => c.punct += 1,
            _ => {}
        }
    }
    c
}

fn longest_word(bytes: &[u8]) -> (usize, usize) {
    let (mut best_start, mut best_len) = (0, 0);
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_alphabetic() {
            i += 1;
        }
        if i - start > best_len {
            best_start = start;
            best_len = i - start;
        }
        i += 1;
    }
    (best_start, best_len)
}

fn first_repeated_char(text: &[u8]) -> char {
    let mut seen = [false; 128];
    let found = 'scan: loop {
        for &b in text {
            if !b.is_ascii_alphabetic() {
                continue;
            }
            let idx = b.to_ascii_lowercase() as usize;
            if seen[idx] {
                break 'scan b as char;
            }
            seen[idx] = true;
        }
        break '?';
    };
    found
}

fn describe(words: &[&str]) -> &'static str {
    match words {
        [] => "none",
        [_] => "one",
        [first, .., last] if first.len() == last.len() => "bookends",
        [_, second, rest @ ..] if rest.len() > 1 && second.len() > 3 => "long tail",
        _ => "other",
    }
}

fn main() {
    let counts = classify(TEXT);
    println!("{:?}", counts);
    println!("{:#?}", Counts { digits: 9, ..counts });
    let (start, len) = longest_word(TEXT);
    print!("longest: \"");
    for &b in &TEXT[start..start + len] {
        print!("{}", b as char);
    }
    println!("\" at {start} (len {len})");
    println!("first repeat: {:?}", first_repeated_char(TEXT));
    println!("first repeat of 'abc': {:?}", first_repeated_char(b"abc"));
    let samples: [&[&str]; 4] = [&[], &["solo"], &["ab", "cd", "ef"], &["a", "bcde", "f", "g"]];
    for (i, s) in samples.iter().enumerate() {
        println!("{i}: {:<10}|", describe(s));
    }
    let mut width_total = 0usize;
    let word = ['h', 'é', 'l', 'l', 'o', '→', 'w', 'ö', 'r', 'l', 'd'];
    for ch in word {
        width_total += ch.len_utf8();
    }
    println!("utf8 bytes: {width_total}, str len {}", "héllo→wörld".len());
    let upper_share = counts.upper as f64 / counts.letters as f64 * 100.0;
    println!("upper share: {:08.3}% {:+.2e}", upper_share, upper_share);
}
