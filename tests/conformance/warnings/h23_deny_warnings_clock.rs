// lints: unused_variables dead_code unused_imports overflowing_literals
// A clock driver built with `#![deny(warnings)]`, with a few local relaxations.
#![deny(warnings)]

use std::f32::consts::PI;

#[derive(Debug, Clone, Copy)]
struct Time {
    h: u8,
    m: u8,
    s: u8,
}

impl Time {
    fn tick(self) -> Time {
        let mut t = self;
        t.s += 1;
        if t.s == 60 {
            t.s = 0;
            t.m += 1;
        }
        t
    }

    #[allow(dead_code)]
    fn midnight() -> Time {
        Time { h: 0, m: 0, s: 0 }
    }

    fn noon() -> Time {
        Time { h: 12, m: 0, s: 0 }
    }
}

#[warn(unused_variables)]
fn drift(t: Time, ppm: i32) -> Time {
    let factor = ppm * 2;
    t
}

fn main() {
    let t = Time { h: 23, m: 59, s: 59 }.tick();
    let seconds: u8 = 300;
    #[allow(overflowing_literals)]
    let wrapped: i8 = 200;
    println!("{:?} {} {} {:?}", t, seconds, wrapped, drift(t, 3));
    let label = t.h;
}
