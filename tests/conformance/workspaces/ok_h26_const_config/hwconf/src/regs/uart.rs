use super::APB2_BASE;

pub const UART1_BASE: u32 = APB2_BASE + 0x3800;
pub const SR: u32 = UART1_BASE;
pub const DR: u32 = UART1_BASE + 0x04;
pub const TXE: u32 = 1 << 7;
pub const RXNE: u32 = 1 << 5;
pub const ERR_MASK: u32 = 0b1111;

pub fn ready_to_send(status: u32) -> bool {
    status & TXE != 0 && status & ERR_MASK == 0
}
