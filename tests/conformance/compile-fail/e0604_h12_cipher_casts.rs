// A Caesar cipher with invalid casts: u32 to char, str to number, bool to float.
fn shift_letter(c: char, key: u32) -> char {
    if c.is_ascii_lowercase() {
        let offset = (c as u32 - 'a' as u32 + key) % 26;
        ('a' as u32 + offset) as char
    } else {
        c
    }
}

fn encode(text: &[u8], key: u32, out: &mut [char; 16]) -> usize {
    let mut n = 0;
    for &b in text {
        if n < out.len() {
            out[n] = shift_letter(b as char, key);
            n += 1;
        }
    }
    n
}

fn main() {
    let mut buffer = [' '; 16];
    let used = encode(b"hello", 3, &mut buffer);
    let key = "3" as u32;
    let weight = true as f64;
    for i in 0..used {
        print!("{}", buffer[i]);
    }
    println!(" {} {}", key, weight);
}
