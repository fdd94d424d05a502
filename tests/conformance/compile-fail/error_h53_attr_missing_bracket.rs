// Malformed attribute syntax.
#[derive(Debug, Clone]
struct Sample {
    v: f32,
}

fn main() {
    let s = Sample { v: 1.0 };
    println!("{:?}", s.clone());
}
