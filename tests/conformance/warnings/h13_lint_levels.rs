// lints: unused_variables dead_code unused_mut non_snake_case unused_imports
// Lint levels set on modules, impls, functions and statements, overriding one another.
#![warn(unused_mut)]

#[deny(unused_variables)]
mod strict {
    pub fn area(w: u32, h: u32) -> u32 {
        let perimeter = 2 * (w + h);
        w * h
    }

    #[allow(unused_variables)]
    pub fn relaxed(scale: u32) -> u32 {
        let ignored = scale * 2;
        7
    }

    #[warn(unused_variables)]
    pub fn softened(k: u32) -> u32 {
        let extra = k;
        k
    }
}

#[allow(dead_code)]
mod drafts {
    pub struct Draft {
        title: &'static str,
    }

    fn never_called() {}

    #[warn(dead_code)]
    fn also_never_called() {}

    #[deny(non_snake_case)]
    pub fn Publish() {}
}

#[allow(non_snake_case)]
mod Legacy {
    pub fn DoThing() -> i32 {
        let mut Count = 1;
        Count
    }

    #[warn(non_snake_case)]
    pub fn MixedCase() {}
}

struct Report {
    total: u32,
    #[allow(dead_code)]
    debug_note: &'static str,
    cached: u32,
}

#[allow(unused_imports)]
use std::f64::consts::PI;
use std::f64::consts::E;

fn main() {
    #[allow(unused_mut)]
    let mut quiet = 3;
    let mut loud = 4;
    let r = Report { total: strict::area(2, 3) + strict::relaxed(1) + strict::softened(2), debug_note: "x", cached: 0 };
    println!("{} {} {} {}", r.total, Legacy::DoThing(), quiet, loud);
    drafts::Publish();
    Legacy::MixedCase();
}
