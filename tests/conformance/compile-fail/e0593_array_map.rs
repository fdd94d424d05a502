// Needs function values (outside tier L1): mapping an array with a two-argument function.
fn scale(value: i32, factor: i32) -> i32 {
    value * factor
}

fn main() {
    let readings = [3, 5, 8];
    let scaled = readings.map(scale);
    println!("{:?}", scaled);
}
