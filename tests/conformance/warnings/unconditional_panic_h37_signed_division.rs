// lints: unconditional_panic arithmetic_overflow
// regen: build
// Fixed-point helpers for an audio mixer, with the classic signed-division traps.
const SILENT: i16 = i16::MIN;
const INVERT: i16 = -1;
const FLOOR: i64 = i64::MIN;

fn invert_sample() -> i16 {
    SILENT / INVERT
}

fn wrap_sample() -> i16 {
    SILENT % INVERT
}

fn invert_local() -> i32 {
    let lowest = i32::MIN;
    let flip = -1;
    lowest / flip
}

fn invert_byte(gain: i8) -> i8 {
    let bottom: i8 = -128;
    (bottom / -1) + gain
}

fn floor_rem(x: i64) -> i64 {
    FLOOR % -1 + x
}

fn negate_floor() -> i64 {
    -FLOOR
}

fn fine_division() -> i32 {
    let lowest = i32::MIN;
    lowest / 2 + lowest % 7
}

fn unsigned_by_zero(volume: u16) -> u16 {
    let off = 0u16;
    volume / off
}

fn unknown_divisor(volume: i16, d: i16) -> i16 {
    SILENT / d + volume
}

fn main() {
    println!("{}", invert_sample());
    println!("{}", wrap_sample());
    println!("{}", invert_local());
    println!("{}", invert_byte(3));
    println!("{}", floor_rem(5));
    println!("{}", negate_floor());
    println!("{}", fine_division());
    println!("{}", unsigned_by_zero(7));
    println!("{}", unknown_divisor(1, 2));
}
