// Letter statistics and a Caesar cipher over byte strings, with u8 <-> char
// conversions and wrapping arithmetic.

fn shift_letter(b: u8, k: u8) -> u8 {
    match b {
        b'a'..=b'z' => (b - b'a' + k) % 26 + b'a',
        b'A'..=b'Z' => (b - b'A' + k) % 26 + b'A',
        _ => b,
    }
}

fn encrypt(src: &[u8], key: u8, out: &mut [u8; 64]) -> usize {
    let mut n = 0;
    for &b in src {
        out[n] = shift_letter(b, key % 26);
        n += 1;
    }
    n
}

fn frequencies(src: &[u8]) -> [u32; 26] {
    let mut f = [0u32; 26];
    for &b in src {
        let lower = b.to_ascii_lowercase();
        if lower.is_ascii_lowercase() {
            f[(lower - b'a') as usize] += 1;
        }
    }
    f
}

fn main() {
    let text = b"Attack at Dawn, hold the Eastern Gate!";
    let mut buf = [0u8; 64];
    let n = encrypt(text, 29, &mut buf);
    for &b in &buf[..n] {
        print!("{}", b as char);
    }
    println!();
    let mut back = [0u8; 64];
    let m = encrypt(&buf[..n], 26 - 3, &mut back);
    for i in 0..m {
        print!("{}", back[i] as char);
    }
    println!();
    let f = frequencies(text);
    let mut best = 0;
    for i in 1..26 {
        if f[i] > f[best] {
            best = i;
        }
    }
    println!("most common: {} ({} times)", (b'a' + best as u8) as char, f[best]);
    let vowels = f[0] + f[4] + f[8] + f[14] + f[20];
    let mut letters = 0;
    for c in f {
        letters += c;
    }
    println!("vowels {} of {} letters", vowels, letters);
}
