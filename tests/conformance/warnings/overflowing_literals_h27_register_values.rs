// lints: overflowing_literals unused_variables dead_code
// Register constants written as hex and negative literals that do not fit their types.
const STATUS_MASK: i8 = 0x80;
const WIDE_MASK: i16 = 0xFFFF;
const TEMP_MIN: i8 = -129;

#[derive(Debug, Clone, Copy)]
struct Reg {
    addr: u16,
    reset: u8,
}

fn defaults() -> [Reg; 3] {
    [
        Reg { addr: 0x10, reset: 0x1FF },
        Reg { addr: 0x1_0000, reset: 0 },
        Reg { addr: 0x20, reset: 255 },
    ]
}

fn offset(temp: i8) -> i16 {
    let bias: i8 = -128;
    let low = -0x81i16;
    temp as i16 - bias as i16
}

fn main() {
    let regs = defaults();
    let neg: u32 = 4_294_967_296;
    let f = 1e40f32;
    println!("{:?} {} {} {} {}", regs[0], offset(-3), STATUS_MASK, WIDE_MASK, TEMP_MIN);
    println!("{}", f);
}
