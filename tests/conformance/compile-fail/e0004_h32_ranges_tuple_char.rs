fn classify(t: (u8, bool)) -> &'static str {
    match t {
        (0, _) => "zero",
        (1..=9, true) => "small-on",
        (1..=9, false) => "small-off",
        (10..=99, _) => "mid",
        (100..=254, true) => "big-on",
        (100..=255, false) => "big-off",
    }
}

fn grade(c: char) -> u8 {
    match c {
        'a'..='f' => 1,
        'g'..='z' => 2,
        'A'..='Z' => 3,
        '0'..='9' => 4,
    }
}

fn sign(x: i8) -> i8 {
    match x {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn main() {
    println!("{}", classify((5, true)));
    println!("{}", grade('q'));
    println!("{}", sign(-3));
}
