// Computes factorials in u32 until the multiplication overflows (a debug-build panic).
fn factorial(n: u32) -> u32 {
    let mut acc: u32 = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc
}

fn main() {
    for n in 1..20 {
        println!("{}! = {}", n, factorial(n));
    }
    println!("not reached");
}
