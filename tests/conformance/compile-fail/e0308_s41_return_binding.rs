// Bodies without a tail: which bindings rustc offers to return.
fn id(x: i32) -> i32 {}
fn id2(x: i32) -> i32 {
}
fn one(x: i32) -> i32 { let y = x; }
fn two(x: u8) -> i32 { let y = 1; let y = 2; }
fn main() {
    println!("{} {} {} {}", id(1), id2(1), one(1), two(1));
}
