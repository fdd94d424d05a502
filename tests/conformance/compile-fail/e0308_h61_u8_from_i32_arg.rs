// Passing an i32 variable to a function expecting u8
fn brightness_to_byte(level: u8) -> u8 {
    level.saturating_mul(2)
}

fn average(values: &[i32]) -> i32 {
    let mut total = 0;
    for v in values {
        total += v;
    }
    total / values.len() as i32
}

fn main() {
    let readings = [10, 20, 30, 40];
    let avg = average(&readings);
    let byte = brightness_to_byte(avg);
    println!("avg = {}, byte = {}", avg, byte);
}
