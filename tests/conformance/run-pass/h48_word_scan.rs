// Scanning text by byte index: words and sub-slices with &s[i..j] on str.
const LINE: &str = "status: all systems nominal";
const BYTES: &[u8; 27] = b"status: all systems nominal";

fn count_words(bytes: &[u8]) -> usize {
    let mut words = 0;
    let mut in_word = false;
    for i in 0..bytes.len() {
        let c = bytes[i];
        if c.is_ascii_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
        }
    }
    words
}

fn first_space(bytes: &[u8]) -> usize {
    for (i, &b) in bytes.iter().enumerate() {
        if b == b' ' {
            return i;
        }
    }
    bytes.len()
}

fn colon_at(bytes: &[u8]) -> usize {
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b':' {
            return i;
        }
        i += 1;
    }
    bytes.len()
}

fn head(s: &str, n: usize) -> &str {
    &s[..n]
}

fn main() {
    println!("words = {}", count_words(BYTES));
    println!("first = [{}]", head(LINE, first_space(BYTES)));
    let c = colon_at(BYTES);
    println!("rest  = [{}]", &LINE[c + 2..]);
    println!("len   = {}, empty = {}", LINE.len(), LINE.is_empty());
    let empty = "";
    println!("empty head = [{}] {}", head(empty, 0), empty.is_empty());
    let s = &LINE[8..11];
    println!("slice = {s}, whole = {}", &LINE[..]);
    let tail: &str = &s[1..];
    println!("tail of slice = {tail} ({} bytes)", tail.len());
    println!("words in tail of line = {}", count_words(&BYTES[c..]));
}
