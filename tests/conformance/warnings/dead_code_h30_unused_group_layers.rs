// lints: dead_code unused_variables unused_imports unused_mut unused_assignments
// A weather station: the crate allows `unused`, one module opts back in with the group.
#![allow(unused)]

mod legacy {
    use std::cmp::max;

    pub fn old_average(a: i32, b: i32) -> i32 {
        let mut tmp = a;
        (a + b) / 2
    }
}

#[warn(unused)]
mod readings {
    use std::cmp::{max, min};

    pub struct Reading {
        pub celsius: i32,
        pub humidity: u8,
        pressure: u32,
    }

    pub fn make(c: i32, h: u8) -> Reading {
        Reading { celsius: c, humidity: h, pressure: 1013 }
    }

    pub fn spread(rs: &[Reading]) -> i32 {
        let mut lo = i32::MAX;
        let mut hi = i32::MIN;
        let mut count = 0;
        for r in rs {
            lo = lo.min(r.celsius);
            hi = hi.max(r.celsius);
            count = 1;
        }
        hi - lo
    }

    fn dew_point(r: &Reading) -> i32 {
        r.celsius - (100 - r.humidity as i32) / 5
    }

    #[allow(unused_variables)]
    pub fn describe(r: &Reading) {
        let unit = "C";
        let mut label = "mild";
        println!("{} {}", r.celsius, label);
    }

    #[allow(dead_code)]
    fn calibrate(offset: i32) -> i32 {
        offset
    }
}

fn unused_top_level(x: u8) -> u8 {
    x
}

fn main() {
    let rs = [readings::make(12, 80), readings::make(19, 55), readings::make(7, 90)];
    println!("spread {}", readings::spread(&rs));
    readings::describe(&rs[1]);
    let humid = rs[0].humidity;
}
