// The binary half: it sees the library only as the extern crate `thermo`.
use thermo::sensor::{decode, Reading};

mod local {
    pub(crate) fn fahrenheit(c: f32) -> f32 {
        c * 1.8 + 32.0
    }
}

fn main() {
    let r: Reading = decode(400);
    println!("{:.2} C = {:.2} F", r.celsius, local::fahrenheit(r.celsius));
    println!("raw {}", r.raw);
    println!("scale {}", thermo::sensor::SCALE);
    let code = thermo::sensor::encode(21.5);
    let on = thermo::control::heater_on(r.celsius, 22.0);
    println!("{} {} {}", code, on, thermo::round_trip(20.0));
}
