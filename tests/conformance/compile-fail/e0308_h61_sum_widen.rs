// adding narrow integers into a wider result
fn total_weight(a: u16, b: u16) -> u32 {
    let sum: u32 = a + b;
    sum
}

fn scale(x: u8, factor: u32) -> u32 {
    let mut r = factor;
    r += x;
    r *= 2u64;
    r
}

fn main() {
    let v = [1, 2.5, 3];
    println!("{} {} {:?}", total_weight(300, 400), scale(4, 10), v);
}
