// Comparing bytes from a byte string against char literals.
fn count_vowels(s: &[u8]) -> usize {
    let mut n = 0;
    for &b in s {
        let lower = b.to_ascii_lowercase();
        if lower == 'a' || lower == b'e' || lower == b'i' || lower == b'o' || lower == b'u' {
            n += 1;
        }
    }
    n
}

fn first_is_hash(s: &[u8]) -> bool {
    !s.is_empty() && s[0] == '#'
}

fn main() {
    println!("{}", count_vowels(b"Programming In Rust"));
    println!("{}", first_is_hash(b"#include"));
}
