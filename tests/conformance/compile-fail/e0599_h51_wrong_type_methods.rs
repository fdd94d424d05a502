// Calling float methods on ints and signed methods on unsigned
fn dist(a: i32, b: i32) -> i32 {
    let d = a - b;
    d.abs()
}

fn main() {
    let n: u32 = 16;
    let root = n.sqrt();
    let k: u32 = 5;
    let ak = k.abs();
    let f = 2.5f64;
    let fp = f.pow(2);
    let cnt = f.count_ones();
    println!("{} {} {} {} {}", dist(3, 7), root, ak, fp, cnt);
}
