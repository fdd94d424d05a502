fn label(x: f64) -> &'static str {
    match x {
        0.0 => "zero",
        1.0 => "one",
    }
}

fn main() {
    println!("{}", label(1.0));
}
