// lints: unused_variables
// Counters with unused and unneeded mutability
fn main() {
    let mut hits: u32 = 0;
    let misses = 0u32;
    let mut ratio = 0.0;
    let scale = 1e3;
    for i in 0..20u32 {
        if i % 3 == 0 {
            hits += 1;
        }
    }
    ratio = hits as f64 / 20.0;
    let mut limit = 255u8;
    println!("{} {}", hits, limit);
}
