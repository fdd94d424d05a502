// lints: arithmetic_overflow
// regen: build
// Bit fiddling for a fake GPIO controller.
const PIN_COUNT: u32 = 32;
const BACK: i32 = -1;

struct Gpio {
    mask: u32,
    wide: u64,
}

fn pin_bit(gpio: &Gpio) -> u32 {
    gpio.mask | (1 << PIN_COUNT)
}

fn high_half(gpio: &Gpio) -> u32 {
    (gpio.wide >> 64) as u32
}

fn backwards(gpio: &Gpio) -> u32 {
    gpio.mask >> BACK
}

fn signed_amount(gpio: &Gpio) -> u64 {
    let amount: i64 = -3;
    gpio.wide << amount
}

fn byte_lane() -> u8 {
    let lane = 1u8;
    let by: u16 = 8;
    lane << by
}

fn step_shift(gpio: &Gpio) -> u32 {
    let mut reg = gpio.mask;
    reg <<= 33;
    reg >>= 4;
    reg
}

fn known_in_block() -> u16 {
    let mut width: u32 = 8;
    width += 8;
    1u16 << width
}

fn fine(gpio: &Gpio) -> u64 {
    (gpio.wide << 63) | (gpio.mask as u64 >> 31)
}

fn main() {
    let gpio = Gpio { mask: 0b1010, wide: 1 };
    println!("{}", pin_bit(&gpio));
    println!("{}", high_half(&gpio));
    println!("{}", backwards(&gpio));
    println!("{}", signed_amount(&gpio));
    println!("{}", byte_lane());
    println!("{}", step_shift(&gpio));
    println!("{}", known_in_block());
    println!("{}", fine(&gpio));
}
