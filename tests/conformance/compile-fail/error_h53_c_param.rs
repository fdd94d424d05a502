// C-style parameter declaration.
fn clamp_add(int a, int b) -> i32 {
    let s = a + b;
    if s > 100 { 100 } else { s }
}

fn main() {
    println!("{}", clamp_add(70, 50));
}
