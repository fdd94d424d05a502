#[derive(Debug)]
struct Celsius(f64);

fn Celsius(f: f64) -> Celsius {
    Celsius((f - 32.0) * 5.0 / 9.0)
}

fn main() {
    println!("{:?}", Celsius(212.0));
}
