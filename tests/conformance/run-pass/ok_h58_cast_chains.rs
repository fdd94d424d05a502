fn main() {
    let x = 65;
    let c = x as u8 as char;
    println!("{}", c);
    let back = c as u32 as i64 as f64;
    println!("{}", back);
    let neg = -1i32 as u32 as u64;
    println!("{}", neg);
    let trunc = 300i32 as u8 as i8;
    println!("{}", trunc);
    let f = -3.99f64 as i32 as u8;
    println!("{}", f);
    let b = true as u8 + false as u8;
    println!("{}", b);
    let big = u64::MAX as f32 as u64;
    println!("{}", big);
    let nan = f64::NAN as i32;
    println!("{}", nan);
    let ch = (b'a' + 2) as char;
    println!("{}", ch);
    let r = &(5u8 as char);
    println!("{}", *r as u32);
    let sum = 'z' as u8 - b'a';
    println!("{}", sum);
    let widened = x as i64 as i128 * 2;
    println!("{}", widened);
}
