// Letter histogram over a byte string; a helper renamed and a variable misspelled.
const TEXT: &[u8] = b"the quick brown fox jumps over the lazy dog and then some more text";

fn letter_index(b: u8) -> usize {
    (b.to_ascii_lowercase() - b'a') as usize
}

fn count_letters(text: &[u8]) -> [u32; 26] {
    let mut counts = [0u32; 26];
    for &b in text {
        if b.is_ascii_alphabetic() {
            counts[letter_index(b)] += 1;
        }
    }
    counts
}

fn bar(n: u32, scale: u32) {
    let width = (n * 40 + scale - 1) / scale;
    for _ in 0..width {
        print!("#");
    }
    println!();
}

fn main() {
    let counts = count_letters(TEXT);
    let mut max = 0;
    let mut total = 0;
    for &c in counts.iter() {
        max = max.max(c);
        total += c;
    }
    for (i, &c) in counts.iter().enumerate() {
        if c == 0 {
            continue;
        }
        print!("{} {:>2} ", (b'a' + i as u8) as char, c);
        // mistake: helper was renamed from draw_bar to bar
        draw_bar(c, max);
    }
    // mistake: misspelled local
    println!("{} letters, most common appears {} times", totl, max);
    let vowels = counts[letter_index(b'a')] + counts[letter_index(b'e')] + counts[letter_index(b'i')]
        + counts[letter_index(b'o')] + counts[letter_index(b'u')];
    println!("vowel share {:.1}%", vowels as f64 * 100.0 / total as f64);
}
