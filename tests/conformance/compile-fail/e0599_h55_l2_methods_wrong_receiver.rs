// L2 (Option-returning) methods on receivers that do not have them at all.
fn main() {
    let f = 2.5f64;
    println!("{:?}", f.checked_add(1.0));
    let c = 'x';
    println!("{:?}", c.checked_add(1));
    let b = true;
    println!("{:?}", b.to_digit(10));
    let n = 5u8;
    println!("{:?}", n.to_digit(10));
    println!("{:?}", f64::from_str_radix("1", 10));
    println!("{:?}", bool::from_u32(1));
    let k: u32 = 7;
    println!("{:?}", 5.checked_add(1));
}
