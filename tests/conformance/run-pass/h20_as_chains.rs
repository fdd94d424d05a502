// `as` chains: widening, truncation, sign changes, float to int saturation,
// bool and char to integers, u8 to char.
fn main() {
    let a: i32 = -1;
    println!("{}", a as u32);
    println!("{}", a as u8 as i32);
    println!("{}", a as i64 as u64 as u16);
    println!("{}", 300i32 as u8 as char);

    let big = 3_000_000_000u32;
    println!("{}", big as i32);
    println!("{}", big as i32 as i64 as u64);

    let f = 1e20f64;
    println!("{}", f as i32);
    println!("{}", -f as u8);
    println!("{}", f64::NAN as i64);
    println!("{}", 2.99f32 as i8 as f64 / 2.0);

    let t = true;
    let ff = false;
    println!("{} {}", t as u8 + ff as u8, (t as i32 - 2) as i64);

    let c = 'Z';
    let code = c as u32;
    let lower = (code + 32) as u8 as char;
    println!("{} {} {}", code, lower, lower as u8 as f32 / 4.0);

    let bytes = [104u8, 105, 33];
    let mut sum = 0u32;
    for b in bytes {
        print!("{}", b as char);
        sum += b as u32;
    }
    println!(" {}", sum);

    let x = 7;
    let y = x as f64 / 2.0;
    let z = (y * 10.0) as usize % 4;
    println!("{} {}", y, z);

    let neg = -128i8;
    println!("{} {}", neg as u8, (neg as i16).abs());
    let wide = u64::MAX as f32 as u64;
    println!("{}", wide);
    let idx = (2.7f64 as usize).min(bytes.len() - 1);
    println!("{}", bytes[idx]);
}
