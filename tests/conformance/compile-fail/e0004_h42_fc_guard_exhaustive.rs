// Guard mistake: the compiler does not use guards for exhaustiveness.
fn sign(n: i32) -> &'static str {
    match n {
        x if x < 0 => "negative",
        0 => "zero",
        x if x > 0 => "positive",
    }
}

fn bucket(age: u8) -> u8 {
    match age {
        young @ 0..=17 => young / 6,
        adult if adult < 65 => 3,
        _ => 4,
    }
}

fn main() {
    for n in [-4, 0, 9] {
        println!("{}", sign(n));
    }
    println!("{}", bucket(70));
}
