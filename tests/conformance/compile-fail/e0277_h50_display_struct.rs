#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

fn to_f(c: Celsius) -> f64 {
    c.0 * 9.0 / 5.0 + 32.0
}

fn main() {
    let temps = [Celsius(0.0), Celsius(37.5), Celsius(100.0)];
    for t in temps {
        println!("{} is {:.1}F", t, to_f(t));
    }
}
