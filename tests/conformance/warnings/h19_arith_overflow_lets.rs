// lints: arithmetic_overflow
// regen: build
// Buffer-size computations that overflow at compile time.
const PAGE: u8 = 200;
const SHIFTED: u32 = 1 << 31;
const NEG: i8 = -128;

fn sizes() -> u32 {
    let a: u8 = 250;
    let b = a + 10;
    let c: i32 = i32::MAX;
    let d = c + 1;
    let e = 2u16 * 40000;
    b as u32 + d as u32 + e as u32
}

fn chains() -> i64 {
    let base = 100i8;
    let doubled = base * 2;
    let x: i64 = i64::MIN;
    let y = x - 1;
    let z = -x;
    doubled as i64 + y + z
}

fn shifts() -> u64 {
    let s = 1u64 << 64;
    let t = 1i32 >> 40;
    let k = 3;
    let u = 8u8 << k;
    s + t as u64 + u as u64
}

fn from_consts() -> u8 {
    let pages = PAGE + 100;
    let neg = NEG - 1;
    let ok = PAGE + 55;
    pages + neg as u8 + ok
}

fn main() {
    println!("{} {}", SHIFTED, NEG);
    println!("{}", sizes());
    println!("{}", chains());
    println!("{}", shifts());
    println!("{}", from_consts());
}
