fn main() {
    let x: i32 = "a";
}
fn f(a: i32) {}
