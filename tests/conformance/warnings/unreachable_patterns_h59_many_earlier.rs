// lints: unreachable_patterns
fn small(n: u8) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        0..=9 => "digit",
        _ => "big",
    }
}

fn main() {
    println!("{}", small(4));
}
