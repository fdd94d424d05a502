// lints: unused_imports dead_code
// A survey tool that imports unit helpers "just in case".
mod units {
    pub fn feet(m: f64) -> f64 {
        m * 3.28084
    }
    pub fn yards(m: f64) -> f64 {
        m * 1.09361
    }
    pub mod area {
        pub fn acres(m2: f64) -> f64 {
            m2 / 4046.86
        }
        pub fn hectares(m2: f64) -> f64 {
            m2 / 10000.0
        }
    }
}

use units::feet as _;
use units::{yards as _, area::hectares};
use units::area::{
    acres as _,
    hectares as ha,
};

struct Plot {
    width_m: f64,
    depth_m: f64,
}

fn area_of(p: &Plot) -> f64 {
    p.width_m * p.depth_m
}

fn main() {
    let lot = Plot { width_m: 30.0, depth_m: 45.5 };
    let a = area_of(&lot);
    println!("{:.2} ha", hectares(a));
    println!("{:.1} ft wide", units::feet(lot.width_m));
}
