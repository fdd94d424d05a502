// Integer and float fallback: i32 and f64
fn main() {
    let a = 7;
    let b = 2;
    println!("{}", a / b);
    let x = 7.0;
    let y = 2.0;
    println!("{}", x / y);
    let big = 2_000_000_000;
    println!("{}", big);
    let mut acc = 0;
    for i in 0..10 {
        acc += i;
    }
    println!("{}", acc);
    let z = 1e10;
    println!("{}", z);
    let mixed = 3 as f64 / 2.0;
    println!("{}", mixed);
    let u: u64 = 5;
    let w = u * 3;
    println!("{} {}", w, i32::MAX);
    println!("{} {} {}", u8::BITS, i128::MIN, usize::MAX);
}
