// lints: unused_assignments
// a value assigned and then overwritten before use
fn main() {
    let mut level: u8 = 0;
    let input = [3u8, 9, 1];
    level = input[0];
    level = input[1].max(input[2]);
    let mut scale = 1.0;
    for v in input {
        scale = v as f64 * 0.5;
    }
    println!("{}", level);
}
