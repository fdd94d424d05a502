// Using a braced struct where a value is expected.
mod units {
    #[derive(Debug, Clone, Copy)]
    pub struct Meters {
        pub v: f64,
    }
    #[derive(Debug, Clone, Copy)]
    pub struct Feet(pub f64);

    pub fn to_feet(m: Meters) -> Feet {
        Feet(m.v * 3.28)
    }
}

use units::{Feet, Meters};

fn main() {
    let m = Meters(2.0);
    let f = units::to_feet(Meters { v: 1.0 });
    let g = Feet { 0: 3.0 };
    println!("{:?} {:?} {:?}", m, f, g);
}
