// Integer literals whose types are decided by later statements.
fn take_u8(v: u8) -> u8 {
    v
}

fn take_i64(v: i64) -> i64 {
    v
}

fn main() {
    // `a` is typed u8 by the later call, so 300 overflows.
    let a = 300;
    take_u8(a);

    // `b` is used as u8 and then as i64.
    let b = 5;
    take_u8(b);
    take_i64(b);

    // An array whose element type comes from the first use.
    let mut levels = [0; 3];
    levels[0] = take_u8(1);
    levels[1] = 256;

    // A literal compared with an i64.
    let limit: i64 = 10;
    let c = 3;
    if c < limit {
        println!("below");
    }
    let d: u16 = c;

    // Tuple element inferred by destructuring.
    let pair = (1, 2);
    let (x, y): (u8, i8) = pair;
    let z: i32 = x;

    println!("{:?} {} {} {}", levels, d, y, z);
}
