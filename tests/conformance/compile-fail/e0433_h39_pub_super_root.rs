// `pub(super)` copied from a nested module to the crate root.
mod sensors {
    pub mod thermo {
        pub(super) fn raw_reading() -> i32 {
            215
        }
        pub fn celsius() -> i32 {
            raw_reading() / 10
        }
    }

    pub fn report() -> i32 {
        thermo::raw_reading() + thermo::celsius()
    }
}

pub(super) fn calibrate(v: i32) -> i32 {
    v - 2
}

fn main() {
    println!("{}", calibrate(sensors::report()));
}
