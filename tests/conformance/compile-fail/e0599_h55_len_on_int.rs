// Treating numbers and chars as if they had a length.
fn digits(n: u32) -> usize {
    n.len()
}

fn byte_len(c: char) -> usize {
    c.len()
}

fn utf8_len(c: char) -> usize {
    c.len_utf8()
}

fn main() {
    println!("{} {} {}", digits(1234), byte_len('é'), utf8_len('é'));
    let word: &[u8] = b"hello";
    let n: u64 = 42;
    println!("{} {}", word.len(), n.is_empty());
}
