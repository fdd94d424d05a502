// lints: unused_braces
// Unnecessary braces around simple expressions; accepted with warnings.
fn twice(n: i32) -> i32 {
    n * 2
}

fn main() {
    let a = twice({ 4 });
    let b = { a };
    let arr = [0u8; { 3 }];
    println!("{} {} {:?}", a, b, arr);
}
