// lints: non_snake_case non_upper_case_globals non_camel_case_types
// Naming lints with allows at different levels.
mod Legacy {
    pub fn ReadValue(rawInput: i32) -> i32 {
        rawInput * 2
    }

    #[allow(non_snake_case)]
    pub mod Compat {
        pub fn OldName(X: i32) -> i32 {
            X + 1
        }
        pub static maxRetries: u32 = 3;
    }

    pub struct sensor_reading {
        pub Value: i32,
    }

    #[allow(non_camel_case_types)]
    pub enum unit_kind {
        celsius,
        Kelvin,
    }
}

const default_scale: i32 = 10;

fn main() {
    let r = Legacy::sensor_reading { Value: Legacy::ReadValue(4) };
    let k = Legacy::unit_kind::celsius;
    let o = Legacy::Compat::OldName(r.Value) * default_scale;
    match k {
        Legacy::unit_kind::celsius => println!("C {}", o),
        Legacy::unit_kind::Kelvin => println!("K {}", Legacy::Compat::maxRetries),
    }
}
