// Unit conversions in nested modules; paths written to modules that do not exist.
mod units {
    pub mod length {
        pub const CM_PER_INCH: f64 = 2.54;

        pub fn inches_to_cm(inches: f64) -> f64 {
            inches * CM_PER_INCH
        }

        pub fn feet_to_m(feet: f64) -> f64 {
            inches_to_cm(feet * 12.0) / 100.0
        }
    }

    pub mod temperature {
        pub fn f_to_c(f: f64) -> f64 {
            (f - 32.0) * 5.0 / 9.0
        }

        pub fn c_to_k(c: f64) -> f64 {
            c + 273.15
        }

        pub fn f_to_k(f: f64) -> f64 {
            // mistake: `super::temp` does not exist
            c_to_k(super::temp::f_to_c(f))
        }
    }
}

use units::length;

fn main() {
    let heights = [60.0, 66.5, 72.0];
    for h in heights {
        println!("{:>5.1} in = {:>6.2} cm", h, length::inches_to_cm(h));
    }
    println!("6 ft = {:.3} m", length::feet_to_m(6.0));
    // mistake: `temperature` was not imported and `units::temp` does not exist
    println!("98.6 F = {:.2} C", temperature::f_to_c(98.6));
    println!("451 F = {:.2} K", units::temperature::f_to_k(451.0));
    println!("{}", units::temp::c_to_k(0.0));
}
