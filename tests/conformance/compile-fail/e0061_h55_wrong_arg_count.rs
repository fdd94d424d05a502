// Wrong number of arguments to primitive methods.
fn bounded(v: i32, lo: i32, hi: i32) -> i32 {
    v.clamp(lo)
}

fn biggest(a: f64, b: f64) -> f64 {
    f64::max(a)
}

fn square(n: u32) -> u32 {
    n.pow()
}

fn main() {
    println!("{}", bounded(15, 0, 10));
    println!("{}", biggest(1.0, 2.0));
    println!("{}", square(9));
    let x: i8 = -4;
    println!("{}", x.abs(1));
}
