// Register addresses and masks for the UART peripheral.
pub mod uart;

pub const PERIPH_BASE: u32 = 0x4000_0000;
pub const APB2_OFFSET: u32 = 0x0001_0000;
pub const APB2_BASE: u32 = PERIPH_BASE + APB2_OFFSET;
