// mixing integer and float types in arithmetic helpers
fn mean(total: f64, count: f64) -> f64 {
    total / count
}

fn to_f32(x: f64) -> f32 {
    x
}

fn main() {
    let samples = [3, 5, 9, 11];
    let mut sum: i32 = 0;
    for s in samples {
        sum += s;
    }
    let n: u64 = 4;
    let m = mean(sum, n);
    let small: f32 = 1.5f64;
    println!("{} {} {}", m, to_f32(m), small);
}
