// Range patterns: inclusive, half-open exclusive (stable since 1.80), from, char and byte ranges, paths.
const LOW: u32 = 10;
const HIGH: u32 = 20;

fn grade(score: u32) -> char {
    match score {
        90..=100 => 'A',
        80..90 => 'B',
        70..80 => 'C',
        LOW..=HIGH => 'F',
        101.. => '?',
        _ => 'D',
    }
}

fn char_kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        '\u{80}'.. => "non-ascii",
        _ => "other",
    }
}

fn byte_kind(b: u8) -> u8 {
    match b {
        b'\t' | b'\n' | b' ' => 0,
        b'!'..=b'/' => 1,
        0x80..=0xff => 2,
        ..=0x1f => 3,
        _ => 4,
    }
}

fn temperature(t: i32) -> &'static str {
    match t {
        i32::MIN..=-1 => "freezing",
        0..=-0 => "zero",
        1..=15 => "cold",
        16..=25 => "mild",
        _ => "hot",
    }
}

fn float_bucket(x: f64) -> u8 {
    match x {
        0.0..=1.0 => 0,
        ..0.0 => 1,
        _ => 2,
    }
}

fn main() {
    for s in [95, 85, 75, 15, 120, 50] {
        print!("{} ", grade(s));
    }
    println!();
    println!("{} {} {} {}", char_kind('q'), char_kind('Q'), char_kind('7'), char_kind('é'));
    println!("{} {} {}", byte_kind(b' '), byte_kind(200), temperature(-3));
    println!("{}", float_bucket(0.5));
    if let 1..=5 | 10..=15 = 12 {
        println!("in range");
    }
}
