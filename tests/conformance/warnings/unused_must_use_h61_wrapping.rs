// lints: unused_must_use
// calling arithmetic helpers and discarding the result
fn main() {
    let mut hash: u32 = 2166136261;
    for &b in b"key" {
        hash ^= b as u32;
        hash.wrapping_mul(16777619);
    }
    let x: i32 = -5;
    x.abs();
    hash.saturating_add(1);
    println!("{} {}", hash, x);
}
