// Calling primitive methods in path form with the receiver of the wrong type.
fn digits(bytes: &[u8]) -> usize {
    let mut n = 0;
    for b in bytes {
        if u8::is_ascii_digit(b) {
            n += 1;
        }
    }
    n
}

fn letters(bytes: &[u8]) -> usize {
    let mut n = 0;
    for &b in bytes {
        if u8::is_ascii_alphabetic(b) {
            n += 1;
        }
    }
    n
}

fn biggest(a: i64, b: i32) -> i64 {
    i64::max(a, b)
}

fn distance(a: i64) -> i64 {
    i32::abs(a)
}

fn upper(c: char) -> char {
    char::to_ascii_uppercase(&c)
}

fn main() {
    let data = b"ab12 c3";
    println!("{} {}", digits(data), letters(data));
    println!("{} {} {}", biggest(4, 9), distance(-3), upper('x'));
    println!("{}", u32::pow(2, 5u8));
}
