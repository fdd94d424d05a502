// The integer's type is fixed only after the method call, which is too late.
fn store(v: u8) -> u8 {
    v
}

fn main() {
    let level = 5;
    let squared = level.pow(2);
    let stored = store(level);
    println!("{} {}", squared, stored);

    let early = 7;
    let kept: u16 = early;
    println!("{}", early.pow(2) + kept);

    let t = 0.5;
    if t.is_nan() {
        println!("nan");
    }
    let weights: [f32; 2] = [t, 1.0];
    println!("{:?}", weights);
}
