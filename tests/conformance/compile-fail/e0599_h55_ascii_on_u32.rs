// ASCII helpers exist on u8 and char, not on wider integers.
fn count_upper(codes: &[u32]) -> usize {
    let mut n = 0;
    for &c in codes {
        if c.is_ascii_uppercase() {
            n += 1;
        }
    }
    n
}

fn shout(bytes: &mut [u8]) {
    for i in 0..bytes.len() {
        bytes[i] = bytes[i].to_ascii_uppercase();
    }
}

fn main() {
    let codes = [72u32, 105, 33];
    println!("{}", count_upper(&codes));
    let mut b = *b"quiet";
    shout(&mut b);
    println!("{:?}", b);
    let w: u16 = 65;
    println!("{}", w.to_ascii_lowercase());
    let s = "abc";
    println!("{}", s.is_ascii_digit());
}
