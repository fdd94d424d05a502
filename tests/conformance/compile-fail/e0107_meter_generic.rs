// A unit wrapper used as if it were generic over its number type.
#[derive(Debug, Clone, Copy)]
struct Meters(f64);

fn add(a: Meters<f64>, b: Meters) -> Meters {
    Meters(a.0 + b.0)
}

fn main() {
    let total = add(Meters(1.5), Meters(2.25));
    println!("{:?}", total);
}
