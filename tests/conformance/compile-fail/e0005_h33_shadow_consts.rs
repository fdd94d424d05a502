// Local constants interacting with patterns and lets.
const ZERO: i32 = 0;
const ONE: i32 = 1;

fn classify(n: i32) -> &'static str {
    const TEN: i32 = 10;
    match n {
        ZERO => "zero",
        ONE => "one",
        TEN => "ten",
        _ => "many",
    }
}

fn main() {
    let ZERO = 0;
    let (ONE, two) = (1, 2);
    const THREE: i32 = 3;
    let THREE = 3;
    let total = ONE + two + THREE;
    println!("{} {}", classify(total), ZERO);
}
