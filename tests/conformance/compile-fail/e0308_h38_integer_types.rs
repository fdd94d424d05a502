// Mixing integer types without `as`.
fn average(values: &[u32]) -> f64 {
    let mut sum: u64 = 0;
    for v in values {
        sum += v;
    }
    sum / values.len()
}

fn main() {
    let limit: i32 = 10;
    let count: usize = 3;
    if count < limit {
        println!("under the limit");
    }
    let scores: [u32; 4] = [70, 80, 90, 100];
    let index: i32 = 2;
    let third = scores[index as usize];
    let bonus: u8 = 5;
    let boosted: u32 = third + bonus;
    println!("avg {} boosted {}", average(&scores), boosted);
}
