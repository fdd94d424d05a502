// Negation and logical not on the wrong types
fn flip(b: bool) -> bool {
    -b
}

fn main() {
    let f = 1.5f32;
    let g = !f;
    let c = 'a';
    let d = -c;
    let u: u64 = 10;
    let neg = -(u as i64);
    let e = -u;
    println!("{} {} {} {} {}", flip(true), g, d, neg, e);
}
