// Fully covered integer matches need no wildcard
fn kind(b: u8) -> &'static str {
    match b {
        0..=9 => "small",
        10..=99 => "medium",
        100..=u8::MAX => "large",
    }
}

fn sgn(x: i8) -> i8 {
    match x {
        i8::MIN..=-1 => -1,
        0 => 0,
        1..=i8::MAX => 1,
    }
}

fn flag(b: bool) -> u8 {
    match b {
        true => 1,
        false => 0,
    }
}

fn main() {
    println!("{} {} {}", kind(150), sgn(-3), flag(true));
    let t = (1u8, true);
    match t {
        (0, _) => println!("zero"),
        (1..=255, true) => println!("pos true"),
        (1..=255, false) => println!("pos false"),
    }
}
