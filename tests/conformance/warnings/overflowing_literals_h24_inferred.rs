// lints: overflowing_literals
// Literals whose type is only known from later uses.
#[derive(Debug, Clone, Copy)]
struct Reading {
    level: u8,
    offset: i8,
}

fn store(level: u8) -> u8 {
    level
}

fn calibrate() -> Reading {
    let raw = 300;
    let off = -200;
    Reading { level: raw, offset: off }
}

fn table() -> [u8; 3] {
    let a = 255;
    let b = 256;
    [a, b, 0]
}

fn through_call() -> u8 {
    let v = 1000;
    store(v)
}

fn through_compare(x: i8) -> bool {
    x == 127 || x == -128
}

fn through_arith(x: u16) -> u16 {
    x + 70000
}

fn tuple_case() -> (u8, i16) {
    let t = (512, 40000);
    t
}

fn negative_unsigned_ok() -> i64 {
    let big = 9_223_372_036_854_775_807;
    big
}

fn main() {
    let r = calibrate();
    println!("{:?} {:?} {} {}", r, table(), through_call(), through_compare(5));
    println!("{} {:?} {}", through_arith(1), tuple_case(), negative_unsigned_ok());
    let m = -128i8;
    let n: i8 = -129;
    let q = 128i8;
    println!("{} {} {}", m, n, q);
}
