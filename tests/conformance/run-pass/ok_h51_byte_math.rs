// ASCII arithmetic on bytes and chars
fn to_upper(b: u8) -> u8 {
    if b.is_ascii_lowercase() { b - 32 } else { b }
}

fn digit_value(c: char) -> u32 {
    c as u32 - '0' as u32
}

fn main() {
    let word = *b"rust";
    for b in word {
        print!("{}", to_upper(b) as char);
    }
    println!();
    println!("{}", digit_value('7'));
    let c = 'Z';
    println!("{} {}", c.to_ascii_lowercase(), c.len_utf8());
    println!("{}", 'é'.len_utf8());
    println!("{}", (b'a' + 2) as char);
    println!("{}", b'x'.to_ascii_uppercase() as char);
    println!("{}", '\u{1F600}' as u32);
    println!("{}", '9'.is_numeric() && 'x'.is_alphanumeric() && ' '.is_whitespace());
    println!("{}", b'\n' as i32 + b'\x7f' as i32);
}
