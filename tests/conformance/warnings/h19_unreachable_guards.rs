// lints: unreachable_patterns
// Match arms shadowed by earlier ranges, or-patterns and guarded arms.
fn grade(score: u8) -> char {
    match score {
        90..=100 => 'A',
        80..=89 => 'B',
        85 => 'b',
        0..=79 => 'C',
        101..=u8::MAX => 'X',
        _ => '?',
    }
}

fn class(c: char) -> u8 {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => 1,
        'a'..='z' => 2,
        'e' => 3,
        'A'..='Z' | 'a' => 4,
        _ => 5,
    }
}

fn guarded(n: i32) -> i32 {
    match n {
        x if x < 0 => -1,
        0 => 0,
        x if x > 0 => 1,
        _ => 2,
        5 => 3,
    }
}

fn pairs(p: (bool, u8)) -> u8 {
    match p {
        (true, _) => 1,
        (false, 0..=9) => 2,
        (false, 10..=255) => 3,
        (false, 7) | (true, 7) => 4,
        (_, _) => 5,
    }
}

#[derive(Clone, Copy)]
enum Light {
    Red,
    Amber,
    Green,
}

fn next(l: Light) -> Light {
    match l {
        Light::Red => Light::Green,
        Light::Green | Light::Amber => Light::Red,
        Light::Amber => Light::Amber,
    }
}

fn signed(v: i8) -> &'static str {
    match v {
        i8::MIN..=-1 => "neg",
        0 => "zero",
        1..=i8::MAX => "pos",
        -5..=5 => "small",
    }
}

fn main() {
    println!("{}", grade(85));
    println!("{}", class('e'));
    println!("{}", guarded(5));
    println!("{}", pairs((false, 7)));
    let _ = next(Light::Red);
    println!("{}", signed(3));
}
