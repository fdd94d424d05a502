// lints: unused_parens
// Redundant parentheses around casts and literals
const max_retries: u32 = 5;
static Base_Rate: f64 = 0.25;

fn main() {
    let x: u8 = 9;
    let y = (x as u32);
    let z = (y * 2) as u64;
    let w = ((z));
    if (w > 10) {
        println!("{} {}", w, max_retries);
    }
    let rate = (Base_Rate * 4.0);
    println!("{}", rate);
    let mut n = 0u16;
    while true {
        n += 1;
        if n == 3 {
            break;
        }
    }
}
