// lints: unreachable_patterns
// A byte classifier and a command matcher with patterns on ranges, references and slices.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Control,
    Digit,
    Letter,
    Other,
}

fn classify(b: u8) -> Class {
    match b {
        0..=31 | 127 => Class::Control,
        b'0'..=b'9' => Class::Digit,
        b'a'..=b'z' | b'A'..=b'Z' => Class::Letter,
        b'5' => Class::Digit,
        32..=126 => Class::Other,
        128..=u8::MAX => Class::Other,
        _ => Class::Other,
    }
}

fn sign(v: i8) -> i8 {
    match v {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
        42 => 2,
    }
}

fn command(word: &str) -> u8 {
    match word {
        "go" | "run" => 1,
        "stop" => 2,
        "run" => 3,
        _ => 0,
    }
}

fn pair(p: &(bool, Class)) -> u8 {
    match p {
        &(true, Class::Digit) => 1,
        (true, _) => 2,
        &(false, c) if c == Class::Letter => 3,
        (false, Class::Letter) => 4,
        (false, _) => 5,
        (true, Class::Control) => 6,
    }
}

fn ends(data: &[u8]) -> u32 {
    match data {
        [] => 0,
        [x] => *x as u32,
        [first, .., last] => (*first as u32) * 256 + *last as u32,
        [a, b] => (*a + *b) as u32,
    }
}

fn grade(score: u32) -> char {
    match score {
        90.. => 'A',
        75..=89 => 'B',
        n @ 50..=74 if n % 2 == 0 => 'C',
        50..=74 => 'D',
        0..=49 => 'F',
        100 => 'S',
    }
}

fn main() {
    println!("{:?} {:?}", classify(b'7'), classify(200));
    println!("{} {}", sign(-5), sign(42));
    println!("{} {}", command("run"), command("fly"));
    println!("{} {}", pair(&(true, Class::Control)), pair(&(false, Class::Letter)));
    println!("{} {}", ends(&[1, 2, 3]), ends(&[9]));
    println!("{} {}", grade(100), grade(60));
}
