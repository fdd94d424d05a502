// lints: dead_code non_camel_case_types
// Type aliases with lowercase names and one that is never used.
type distance = f64;
type Speed = f64;
type Unused = i128;

fn travel(d: distance, s: Speed) -> f64 {
    d / s
}

fn main() {
    let d: distance = 120.0;
    println!("{:.1} hours", travel(d, 80.0));
}
