// lints: unused_imports dead_code
// After a refactor moved everything out of `legacy`, the import groups were left empty.
mod shapes {
    pub struct Circle {
        pub r: f64,
    }
    pub fn area(c: &Circle) -> f64 {
        3.14159 * c.r * c.r
    }
    pub fn perimeter(c: &Circle) -> f64 {
        2.0 * 3.14159 * c.r
    }
}

mod legacy {
    pub fn old_area(r: f64) -> f64 {
        r * r * 3.0
    }
}

use legacy::{};
use shapes::{area, Circle};
use shapes::{perimeter as _};

mod report {
    use super::shapes::{};
    pub fn line(label: &str, v: f64) {
        println!("{}: {:.2}", label, v);
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    report::line("area", area(&c));
}
