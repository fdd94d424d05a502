// lints: non_snake_case non_camel_case_types non_upper_case_globals
// The `nonstandard_style` group at different levels on modules, impls and functions.
#![warn(nonstandard_style)]

mod units {
    #![allow(nonstandard_style)]
    pub const kilo: u32 = 1000;
    pub struct meter_value(pub u32);
    pub fn ToKilo(m: meter_value) -> u32 {
        m.0 / kilo
    }
}

#[deny(non_upper_case_globals)]
mod limits {
    pub const MAX_DEPTH: u32 = 12;
    pub static default_depth: u32 = 4;
}

struct depth_probe {
    Reading: u32,
}

#[allow(non_snake_case)]
impl depth_probe {
    fn ReadNow(&self) -> u32 {
        self.Reading
    }
}

impl depth_probe {
    fn SafeRead(&self, maxValue: u32) -> u32 {
        self.Reading.min(maxValue)
    }
}

#[allow(non_camel_case_types)]
enum probe_state {
    idle,
    Busy,
}

fn main() {
    let p = depth_probe { Reading: 5 };
    let s = probe_state::Busy;
    let Label = match s {
        probe_state::idle => "idle",
        probe_state::Busy => "busy",
    };
    println!("{} {} {}", p.ReadNow(), p.SafeRead(limits::MAX_DEPTH), Label);
    println!("{} {}", units::ToKilo(units::meter_value(2500)), limits::default_depth);
}
