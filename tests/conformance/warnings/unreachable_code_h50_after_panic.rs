// lints: unreachable_code
fn must_be_positive(n: i32) -> i32 {
    if n <= 0 {
        panic!("got {}", n);
        println!("never printed");
    }
    n
}

fn main() {
    let v = must_be_positive(3);
    let w: i32 = unimplemented!();
    println!("{} {}", v, w);
}
