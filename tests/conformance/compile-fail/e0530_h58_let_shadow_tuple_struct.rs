#[derive(Debug, Clone, Copy)]
struct Meters(f64);

fn to_feet(m: Meters) -> f64 {
    m.0 * 3.28084
}

fn main() {
    let Meters = 12.5;
    println!("{}", to_feet(Meters(Meters)));
}
