// Literals and inference: suffixes, size_of, inference from later use, aliases.
type NanoSecond = u64;
type Inch = u64;
type Meters = f64;

fn speed(distance: Meters, time: f64) -> f64 {
    distance / time
}

fn main() {
    let x = 1u8;
    let y = 2u32;
    let z = 3f32;
    let i = 1;
    let f = 1.0;
    println!("`x` has {} bits, value {}", u8::BITS, x);
    println!("`y` has {} bits, value {}", u32::BITS, y);
    println!("`z` is {}", z);
    println!("`i` is {} ({} bits)", i, i32::BITS);
    println!("`f` is {:?}", f);

    // the type of `elem` is inferred from its later use
    let elem = 5;
    let mut buffer: [u8; 4] = [0; 4];
    buffer[0] = elem;
    println!("{:?}", buffer);

    let nanoseconds: NanoSecond = 5 as u64;
    let inches: Inch = 2 as Inch;
    println!("{} nanoseconds + {} inches = {} unit?", nanoseconds, inches, nanoseconds + inches);

    let hex = 0xff_u16;
    let oct = 0o17;
    let bin = 0b1010_1010u8;
    let sci = 2.5e3;
    println!("{} {} {} {}", hex, oct, bin, sci);
    println!("{:.2} m/s", speed(100.0, 9.58));
    let max = u8::MAX;
    println!("{} {}", max, i64::MIN);
}
