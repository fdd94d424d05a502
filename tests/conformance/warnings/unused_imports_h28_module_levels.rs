// lints: unused_imports
// unused_imports allowed, warned and denied on use items and modules.
#[allow(unused_imports)]
use std::fmt::Debug;
use std::cmp::Ordering;

mod geometry {
    #![deny(unused_imports)]
    use std::f64::consts::PI;
    use std::f64::consts::TAU;

    pub fn circle_area(r: f64) -> f64 {
        PI * r * r
    }
}

#[allow(unused_imports)]
mod legacy {
    use std::f64::consts::E;
    use super::geometry::circle_area;

    pub mod inner {
        use std::f64::consts::LN_2;
        #[warn(unused_imports)]
        use std::f64::consts::SQRT_2;
        pub fn half() -> f64 {
            0.5
        }
    }
}

mod report {
    use super::geometry::{self, circle_area};
    pub fn line(r: f64) {
        println!("r={} area={:.3}", r, circle_area(r));
    }
}

fn main() {
    report::line(2.0);
    println!("{}", legacy::inner::half());
}
