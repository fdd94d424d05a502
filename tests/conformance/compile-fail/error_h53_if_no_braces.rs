// `if` body without braces.
fn clamp(x: i32) -> i32 {
    if x > 100 return 100;
    if x < 0 {
        return 0;
    }
    x
}

fn main() {
    println!("{}", clamp(150));
}
