// rustc coerces every `return` of a function into one CoerceMany: after the first that fails, later ones report nothing; the tail is still checked, and a later value still gets the return type as its hint.
enum Status { Ok, Frozen, Limit }
fn a(f: bool, c: i64) -> bool {
    if f { return Status::Frozen; }
    if c > 5 { return Status::Limit; }
    Status::Ok
}
fn b(f: bool) -> bool {
    if f { return true; }
    if !f { return 3; }
    if f { return 4; }
    5
}
fn c(a: usize) -> f64 {
    if a == 0 { return; }
    if a == 1 { return; }
    1.0
}
fn d(a: usize) -> f64 {
    if a == 0 { return 1; }
    let x = loop { if a > 2 { break 2; } };
    if a == 1 { return; }
    x
}
fn e(a: usize) -> u8 {
    match a { 0 => return 1u16, 1 => return 2u32, _ => 3 }
}
fn main() {}
fn f2(a: u32) -> u32 { if a == 0 { return 0.5; } if a == 1 { return -1; } a }
