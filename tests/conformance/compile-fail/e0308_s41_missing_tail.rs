// Function bodies that end in a statement: the semicolon or a binding is the fix.
fn a(n: i32) -> bool {
    n + 1;
}
fn b(n: i32) -> i32 {
    let m = n * 2;
}
fn c(n: i32) -> i32 {
    if n > 0 { 1 } else { 2 };
}
fn d(n: i32) -> i32 {
    a(n);
    b(n);
}
fn e(n: u8) -> u32 {
    n;
}
fn f(n: i32) -> i64 {
    n as i64 + 1;
    // trailing comment
}
fn g(n: i32) -> i32 {
    println!("{}", n);
}
fn main() {
    println!("{} {} {} {} {} {} {}", a(1), b(1), c(1), d(1), e(1), f(1), g(1));
}
