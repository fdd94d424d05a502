// Two glob imports providing the same name.
mod metric {
    pub fn convert(x: f64) -> f64 {
        x * 1000.0
    }
    pub fn unit_name() -> u8 {
        b'm'
    }
}

mod imperial {
    pub fn convert(x: f64) -> f64 {
        x * 5280.0
    }
    pub fn feet(x: f64) -> f64 {
        x * 3.0
    }
}

use imperial::*;
use metric::*;

fn main() {
    let f = feet(2.0);
    let n = unit_name();
    let c = convert(1.5);
    println!("{} {} {}", f, n, c);
}
