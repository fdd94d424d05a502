// lints: arithmetic_overflow unconditional_panic
// regen: build
// Converting durations, reusing the same names through shadowing.
const MS_PER_SEC: u32 = 1000;
const SECS_PER_DAY: u32 = 86_400;

fn day_in_ms() -> u32 {
    let days = 50;
    let days = days * SECS_PER_DAY;
    let days = days * MS_PER_SEC;
    days
}

fn frames(fps: u16) -> u16 {
    let per_min = 60;
    let per_min = per_min * 1100;
    per_min + fps
}

fn remaining() -> u8 {
    let left = 10u8;
    let left = left - 5;
    let left = left - 6;
    left
}

fn ratio(total: u32) -> u32 {
    let parts = 4;
    let parts = parts - 4;
    total / parts
}

fn timeout_secs(scale: i16) -> i16 {
    let base: i16 = 300;
    let base = base * 100;
    let base = base + 3000;
    base * scale
}

fn safe(total: u64) -> u64 {
    let week = 7u64;
    let week = week * SECS_PER_DAY as u64;
    total / week
}

fn main() {
    println!("{}", day_in_ms());
    println!("{}", frames(30));
    println!("{}", remaining());
    println!("{}", ratio(12));
    println!("{}", timeout_secs(2));
    println!("{}", safe(1_000_000));
}
