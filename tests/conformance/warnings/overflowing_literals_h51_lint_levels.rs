// lints: overflowing_literals
// regen: build
// Controlling the overflowing_literals lint level
#[allow(overflowing_literals)]
fn wrap_on_purpose() -> u8 {
    256
}

#[warn(overflowing_literals)]
fn warn_only() -> i8 {
    let a = -(128i8);
    let b = -(-128i8);
    a + b + 200
}

fn main() {
    let c = -128i8;
    let d = -(0x80i8);
    let e: i8 = - 128;
    let f: i8 = --128;
    println!("{} {} {} {} {} {}", wrap_on_purpose(), warn_only(), c, d, e, f);
}
