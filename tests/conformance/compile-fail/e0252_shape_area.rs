// Importing two constants named `UNIT` from different geometry modules.
mod metric {
    pub const UNIT: f64 = 1.0;
}

mod imperial {
    pub const UNIT: f64 = 0.3048;
}

use metric::UNIT;
use imperial::{UNIT, self};

fn main() {
    println!("{} {}", UNIT, imperial::UNIT);
}
