fn main() {
    let x =
        ;
    let = 5;
}
fn f(a: i32 b: i32) {}
fn g() -> {}
struct T { a: i32 b: i32 }
fn h() { match x { 1 => 2 3 => 4 } }
fn k() { a < b < c; }
fn ok() {}
