// A misspelled import; the bodies that use it also contain unused values and a double move.
mod units {
    pub fn to_meters(feet: f64) -> f64 {
        feet * 0.3048
    }

    pub fn to_feet(m: f64) -> f64 {
        m / 0.3048
    }
}

use units::{to_feet, to_metres};

struct Path {
    legs: [f64; 3],
}

fn length(p: Path) -> f64 {
    p.legs[0] + p.legs[1] + p.legs[2]
}

fn convert(p: Path) -> f64 {
    let mut total = 0.0;
    let scale = 2.0;
    let first = length(p);
    let second = length(p);
    to_metres(first + second)
}

fn back(m: f64) -> f64 {
    let mut unused = 1;
    to_feet(m)
}

fn main() {
    let p = Path { legs: [10.0, 20.0, 5.0] };
    let m = convert(p);
    println!("{} {}", m, back(m));
}
