// Integer and float literal fallback through chains of lets, and inference
// from later uses (method calls, comparisons, function arguments).
fn takes_u8(x: u8) -> u8 {
    x.wrapping_mul(3)
}

fn takes_i64(x: i64) -> i64 {
    x * 1_000_000_000
}

fn main() {
    // Pure fallback: all three end up i32.
    let a = 7;
    let b = a * 6;
    let c = b - 50;
    println!("{} {} {}", a, b, c);
    println!("{}", i32::MAX + c + 1 - 1);

    // Inferred from a later call: the whole chain becomes u8.
    let d = 90;
    let e = d + 10;
    println!("{}", takes_u8(e));

    // Inferred from a later call taking i64: multiplication does not overflow.
    let f = 5;
    let g = f;
    println!("{}", takes_i64(g));

    // Inferred from a comparison with a typed value.
    let limit: u64 = 10_000_000_000;
    let h = 3;
    let h2 = h * 4_000_000_000;
    println!("{} {}", h2 > limit, h2);

    // Float fallback to f64 and an explicit f32 chain.
    let x = 0.1;
    let y = x + 0.2;
    println!("{}", y);
    let p: f32 = 0.1;
    let q = p + 0.2;
    println!("{}", q);

    // Suffixes decide the type; methods then work on them.
    let m = -12i16;
    println!("{} {}", m.abs(), m.pow(2));
    let n = 3u64.pow(30);
    println!("{}", n);
    let k = (-7i8).rem_euclid(3);
    println!("{}", k);
    let big = 2i128.pow(100);
    println!("{}", big);

    // A suffix on the first literal types the receivers of pow/abs/signum.
    let w = 2u32;
    println!("{}", w.pow(10));
    let z = -9i64;
    println!("{} {}", z.abs(), z.signum());

    // Inference through an array element type.
    let arr = [1, 2, 3];
    let first: u16 = arr[0];
    let total = arr[1] + arr[2];
    println!("{} {}", first, total.leading_zeros());

    // Through a tuple.
    let pair = (200, 1.5);
    let (byte, ratio): (u8, f32) = pair;
    println!("{} {}", byte, ratio * 2.0);
}
