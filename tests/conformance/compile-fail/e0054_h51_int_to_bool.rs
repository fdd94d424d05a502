// Flags read as integers
fn flag_set(bits: u8, n: u8) -> bool {
    ((bits >> n) & 1) as bool
}

fn main() {
    let bits = 0b0101u8;
    for n in 0..4u8 {
        println!("bit {} = {}", n, flag_set(bits, n));
    }
    let t = true as u8;
    let f = false as i64;
    println!("{} {}", t, f);
}
