#![allow(dead_code)]

mod alarms;

pub const max_rate: u32 = 999;

pub fn clamp_rate(rate: u32) -> u32 {
    let BaseRate = rate;
    BaseRate.min(max_rate)
}

fn self_test() -> bool {
    alarms::check(3)
}
