// Counts words, lines and letter frequencies in a fixed text, byte by byte.
const TEXT: &[u8] = b"the quick brown fox\njumps over the lazy dog\nand the dog sleeps\n";

fn is_letter(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

fn main() {
    let mut lines = 0;
    let mut words = 0;
    let mut in_word = false;
    let mut freq = [0u32; 26];
    let mut longest = 0usize;
    let mut current = 0usize;
    for &b in TEXT {
        if b == b'\n' {
            lines += 1;
        }
        if is_letter(b) {
            freq[(b.to_ascii_lowercase() - b'a') as usize] += 1;
            current += 1;
            if !in_word {
                words += 1;
                in_word = true;
            }
        } else {
            longest = longest.max(current);
            current = 0;
            in_word = false;
        }
    }
    println!("{} lines, {} words, {} bytes, longest word {}", lines, words, TEXT.len(), longest);
    let mut best = 0;
    for i in 0..26 {
        if freq[i] > freq[best] {
            best = i;
        }
        if freq[i] > 0 {
            print!("{}{} ", (b'a' + i as u8) as char, freq[i]);
        }
    }
    println!();
    println!("most common letter: '{}'", (b'a' + best as u8) as char);
}
