// Normalising a 2-D vector; the reference's pointee float type is still ambiguous.
fn length(v: (f64, f64)) -> f64 {
    v.0.hypot(v.1)
}

fn main() {
    let scale = 4.0;
    let s = &scale;
    let v = (3.0, 4.0);
    let len = length(v);
    println!("{} {}", len, s.sqrt());
    let fixed: &f64 = &scale;
    println!("{}", fixed.sqrt());
}
