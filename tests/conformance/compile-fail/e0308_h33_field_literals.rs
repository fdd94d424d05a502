// Literals flowing into struct fields, arrays and tuples of fixed types.
#[derive(Debug)]
struct Pixel {
    x: u16,
    y: u16,
    alpha: u8,
    gain: f32,
}

fn main() {
    let p = Pixel { x: 70000, y: 10, alpha: 256, gain: 1 };
    let q = Pixel { x: -1, y: 2.0, alpha: 0, gain: 0.5 };
    let row: [u8; 3] = [1, 2, 300];
    let pair: (i8, u64) = (200, -5);
    let big: i128 = 170141183460469231731687303715884105728;
    let neg: i64 = -9223372036854775808;
    let flt: f32 = 1e40;
    println!("{:?} {:?} {:?} {:?} {} {} {}", p, q, row, pair, big, neg, flt);
}
