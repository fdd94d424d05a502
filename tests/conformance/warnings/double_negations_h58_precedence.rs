// lints: double_negations
fn main() {
    let a = -2i32.pow(2);
    let b = (-2i32).pow(2);
    println!("{} {}", a, b);
    let x = true;
    let y = false;
    let c = !x == y;
    println!("{}", c);
    let p = 3i32;
    let q = 10i64;
    let lt = (p as i64) < q;
    let gt = p as i64 > q;
    println!("{} {}", lt, gt);
    let d = 2 + 3 * 4 - 6 / 2 % 4;
    println!("{}", d);
    let e = 1 << 2 + 1;
    println!("{}", e);
    let f = 0xf0 & 0x3c | 0x01 ^ 0x03;
    println!("{}", f);
    let g = -(5 as i32) as i64;
    println!("{}", g);
    let h = !0u8 >> 4;
    println!("{}", h);
    let i = 2.0f64 * -1.5;
    println!("{}", i);
    let j = 1 < 2 && 3 > 2 || false;
    println!("{}", j);
    let k = - -4;
    let l = !!true;
    println!("{} {}", k, l);
    let m = &-3;
    println!("{}", *m);
    let n = 7 % -3;
    println!("{}", n);
}
