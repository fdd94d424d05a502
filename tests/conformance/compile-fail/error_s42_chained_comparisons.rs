// Comparisons chained as in maths or Python: which ones rustc keeps (and
// type-checks), recovers as an error, or drops with the rest of the block.
struct P { x: i32, y: i32 }
fn f1(a: i32, b: i32, c: i32, d: bool) -> bool { a == b < c && d }
fn f2(a: i32, b: i32, c: bool) -> bool { a < b == c }
fn f3(p: P, z: i32, w: i32) -> bool { p.x < z > (w) }
fn f4(a: i32, b: i32, c: i32) -> bool { a < b > (c) }
fn f5(a: bool, b: i32, c: i32) -> bool { a != b == c }
fn f6(x: i32) -> bool { 1 < x < 10 }
fn f7(x: i32) -> bool { 1 <= x <= 10 }
fn f8(p: P) -> bool { p.x < p.y < 3 }
fn f9(a: i32, b: i32, c: i32) -> bool { a >= b > c }
fn f10(a: i32, b: i32, c: i32) -> bool { let r = a < b; r < c }
fn f11(a: i32, b: i32) -> bool { if a < b < 3 { return true; } false }
fn j1(a: i32, b: i32, c: i32) -> bool {
    let ok = a < b < c;
    let x: u8 = 5u16;
    ok
}
fn j2(a: i32, b: i32, c: i32) -> bool {
    let ok = a <= b <= c;
    ok
}
fn j3(a: i32, b: i32, c: i32) -> bool {
    let ok = a > b > c;
    let y: u8 = 5u16;
    ok
}
fn j4(a: i32, b: i32, c: i32) -> bool {
    let ok = a < b < c && true;
    ok
}
fn main() {
    let v = [1, 2, 3];
    println!("{}", v[0] < v[1] < v[2]);
}
