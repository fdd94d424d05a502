#[derive(Debug, Clone, Copy)]
pub struct Meters(pub f64)

pub fn double(m: Meters) -> Meters {
    Meters(m.0 * 2.0)
}

fn main() {
    println!("{:?}", double(Meters(1.5)));
}
