// Iterating by reference and casting the references instead of the values.
fn mean(values: &[u16]) -> f64 {
    let mut total = 0u64;
    for v in values {
        total += v as u64;
    }
    total as f64 / values.len() as f64
}

fn main() {
    let widths = [640u16, 800, 1024];
    let first = &widths[0];
    println!("{} {}", mean(&widths), first as f32);
}
