// Bitwise operations on floats and bools
fn main() {
    let x = 3.5f64;
    let y = x << 1;
    let z = x & 1.0;
    let flag = true;
    let w = flag + 1;
    let inv = !x;
    let r = 7.5 % 2.0;
    let b = true & false;
    let c = 5u8 ^ 3;
    println!("{} {} {} {} {} {} {}", y, z, w, inv, r, b, c);
}
