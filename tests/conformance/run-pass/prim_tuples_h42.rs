// Tuples: returning several values, destructuring, nested tuples, tuple structs.
#[derive(Debug, Clone, Copy)]
struct Matrix(f32, f32, f32, f32);

fn reverse(pair: (i32, bool)) -> (bool, i32) {
    let (int_param, bool_param) = pair;
    (bool_param, int_param)
}

fn transpose(m: Matrix) -> Matrix {
    Matrix(m.0, m.2, m.1, m.3)
}

fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}

fn main() {
    let long_tuple = (1u8, 2u16, 3u32, 4u64, -1i8, -2i16, 0.1f32, 'a', true);
    println!("first: {}, second: {}", long_tuple.0, long_tuple.1);
    let nested = ((1u8, 2u16, 2u32), (4u64, -1i8), -2i16);
    println!("nested: {:?}", nested);
    println!("inner: {}", (nested.0).2);
    let pair = (1, true);
    println!("reversed: {:?}", reverse(pair));
    println!("one element tuple: {:?}, just an int: {:?}", (5u32,), (5u32));
    let tuple = (1, "hello", 4.5, true);
    let (a, b, c, d) = tuple;
    println!("{a} {b} {c} {d}");
    let m = Matrix(1.1, 1.2, 2.1, 2.2);
    println!("{:?}", m);
    println!("( {} {} )\n( {} {} )", m.0, m.1, m.2, m.3);
    let t = transpose(m);
    println!("( {} {} )\n( {} {} )", t.0, t.1, t.2, t.3);
    let (lo, hi) = min_max(&[4, -7, 19, 3]);
    println!("range {}..={}", lo, hi);
}
