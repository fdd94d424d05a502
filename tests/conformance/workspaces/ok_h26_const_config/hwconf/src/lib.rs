// Board configuration shared by the firmware: clocks, buffer sizes and register masks.
pub mod regs;

pub const CPU_HZ: u32 = 72_000_000;
pub const TICK_HZ: u32 = 1_000;
pub const TICKS_PER_INTERRUPT: u32 = CPU_HZ / TICK_HZ;
pub const UART_FIFO: usize = 1 << 4;
pub const DMA_CHUNK: usize = UART_FIFO * 2;
pub const NEG_TRIM: i8 = -12;
pub const TRIM_BITS: u8 = NEG_TRIM as u8;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Power {
    Sleep = 0,
    Idle = 1,
    Run = 3,
    Boost = 7,
}

pub const fn budget_mw(p: Power) -> u32 {
    (p as u32 + 1) * 25
}

pub const RUN_BUDGET: u32 = budget_mw(Power::Run);
