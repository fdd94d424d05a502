// lints: unused_variables unused_mut unused_imports dead_code
// The `unused` group denied for the whole crate, with allows that loosen it again.
#![deny(unused)]

use std::fmt::Write;

#[derive(Debug, Clone, Copy)]
struct Gauge {
    level: u32,
    alarm_at: u32,
}

fn check(g: Gauge) -> bool {
    let mut margin = g.alarm_at - g.level.min(g.alarm_at);
    let scaled = margin * 2;
    g.level >= g.alarm_at
}

#[allow(unused_variables)]
fn calibrate(g: Gauge, offset: u32) -> Gauge {
    let spare = offset + 1;
    Gauge { level: g.level, alarm_at: g.alarm_at }
}

#[allow(unused)]
fn legacy_reset(g: &mut Gauge) {
    let mut tmp = 0;
    g.level = 0;
}

fn orphan() -> u32 {
    7
}

#[warn(unused_mut)]
fn bump(g: Gauge) -> Gauge {
    let mut copy = g;
    Gauge { level: copy.level + 1, ..copy }
}

fn main() {
    let g = Gauge { level: 40, alarm_at: 50 };
    let g = calibrate(bump(g), 3);
    println!("{:?} alarm={}", g, check(g));
}
