// Averaging a slice, casting references by mistake
fn average(values: &[u8]) -> f64 {
    let mut total: u32 = 0;
    for v in values {
        total += v as u32;
    }
    total as f64 / values.len() as f64
}

fn first_as_wide(values: &[u8]) -> u64 {
    let r = &values[0];
    *r as u64
}

fn main() {
    let data = [3u8, 5, 7, 9];
    println!("{}", average(&data));
    println!("{}", first_as_wide(&data));
    let b = &data[1];
    let w = b as i64;
    println!("{}", w);
}
