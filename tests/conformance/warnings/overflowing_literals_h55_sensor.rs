// lints: overflowing_literals
// Sensor limits declared with literals that do not fit their types.
const MAX_TEMP: i8 = 150;
const MIN_TEMP: i8 = -128;
const PRESSURE_LIMIT: u16 = 70_000;
const GAIN: f32 = 3.5e38;
const TINY: f32 = 1e-50;

fn in_range(t: i8) -> bool {
    t >= MIN_TEMP && t <= MAX_TEMP
}

fn main() {
    let raw: u8 = 0x1ff;
    let offset = 300u8;
    let ok = 0xffu8;
    let hex_i8: i8 = 0x80;
    let big: f64 = 1e309;
    println!("{} {} {} {} {}", in_range(20), PRESSURE_LIMIT, GAIN, TINY, raw);
    println!("{} {} {} {}", offset, ok, hex_i8, big);
}
