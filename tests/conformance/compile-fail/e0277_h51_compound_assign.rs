// Running average with compound assignment mismatches
fn main() {
    let samples = [1.5f32, 2.5, 3.0];
    let mut sum = 0;
    for s in samples {
        sum += s;
    }
    let mut count: u32 = 0;
    count += 1usize;
    let mut avg: f64 = 0.0;
    avg /= count;
    let mut total: i64 = 10;
    total *= 2;
    total -= 1i64;
    println!("{} {} {} {}", sum, count, avg, total);
}
