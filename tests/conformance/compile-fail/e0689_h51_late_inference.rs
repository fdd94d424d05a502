// Method called before the type is known
fn takes_f32(x: f32) -> f32 {
    x
}

fn main() {
    let x = 2.0;
    let r = x.sqrt();
    let y = takes_f32(x);
    let n = 17;
    let bits = n.count_ones();
    let m: u64 = n;
    println!("{} {} {} {}", r, y, bits, m);
}
