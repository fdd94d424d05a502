// Integer square root by calling float methods on ints.
fn is_perfect_square(n: i32) -> bool {
    let r = n.sqrt();
    r * r == n
}

fn hyp(a: i32, b: i32) -> f64 {
    ((a * a + b * b) as f64).sqrt()
}

fn main() {
    for n in [16, 17, 25] {
        println!("{} perfect? {}", n, is_perfect_square(n));
    }
    println!("{}", hyp(3, 4));
    let f = 2.5f32;
    println!("{}", f.floor());
}
