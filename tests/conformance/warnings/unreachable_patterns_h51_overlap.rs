// lints: unreachable_patterns
// Overlapping numeric patterns
fn describe(n: u32) -> &'static str {
    match n {
        0 => "zero",
        1..=9 => "digit",
        5 => "five",
        10..=99 => "two digits",
        50..=60 => "fifties",
        _ => "big",
    }
}

fn byte_kind(b: u8) -> u8 {
    match b {
        0..=127 => 0,
        128..=255 => 1,
        _ => 2,
    }
}

fn main() {
    println!("{} {}", describe(5), byte_kind(200));
    let c = 'q';
    match c {
        'a'..='z' => println!("lower"),
        'q' => println!("q"),
        _ => println!("other"),
    }
}
