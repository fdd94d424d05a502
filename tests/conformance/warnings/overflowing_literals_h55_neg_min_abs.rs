// lints: overflowing_literals
// Precedence trap: -128i8.abs() is -(128i8.abs()), and 128 does not fit in i8.
fn magnitude(x: i8) -> u8 {
    x.unsigned_abs()
}

fn main() {
    let lowest = -128i8;
    let m = -128i8.abs();
    let n = -127i8.abs();
    println!("{} {} {} {}", lowest, m, n, magnitude(lowest));
    let w = 300u8.wrapping_add(1);
    println!("{}", w);
}
