// lints: non_upper_case_globals non_camel_case_types
// Register maps with lowercase associated consts, function-local statics and lowercase variants.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reg {
    ctrl,
    Status,
    data_out,
}

struct Uart;

impl Uart {
    const base_addr: u32 = 0x4000_1000;
    const BAUD: u32 = 115_200;

    fn addr(r: Reg) -> u32 {
        static stride: u32 = 4;
        Self::base_addr + r as u32 * stride
    }
}

#[allow(non_upper_case_globals)]
impl Uart {
    const fifo_depth: usize = 16;

    #[warn(non_upper_case_globals)]
    fn divisor() -> u32 {
        const clock_hz: u32 = 48_000_000;
        clock_hz / (16 * Self::BAUD)
    }
}

#[deny(non_upper_case_globals)]
mod gpio {
    pub const PIN_COUNT: u8 = 32;

    #[allow(non_upper_case_globals)]
    pub static default_mask: u32 = 0xFFFF_0000;

    pub fn pin_mask(pin: u8) -> u32 {
        static mut_shift: u32 = 1;
        mut_shift << (pin % PIN_COUNT)
    }
}

fn main() {
    static boot_banner: &str = "uart ready";
    const retries: u8 = 3;
    println!("{} {:#x} {:#x}", boot_banner, Uart::addr(Reg::data_out), Uart::addr(Reg::ctrl));
    println!("{} {} {}", Uart::fifo_depth, Uart::divisor(), retries);
    println!("{:#010x} {:#b} {:?}", gpio::default_mask, gpio::pin_mask(3), Reg::Status);
}
