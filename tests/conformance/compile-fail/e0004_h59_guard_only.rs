// Guards do not make a match exhaustive.
fn sign(n: i64) -> i8 {
    match n {
        x if x < 0 => -1,
        0 => 0,
        x if x > 0 => 1,
    }
}

fn main() {
    for n in [-5i64, 0, 7] {
        println!("{}", sign(n));
    }
}
