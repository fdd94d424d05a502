// Firmware main loop: array sizes, patterns and arithmetic from the configuration crate.
use hw::regs::uart;
use hw::{Power, DMA_CHUNK, UART_FIFO};

const STATUS_IDLE: u32 = uart::TXE;
const STATUS_BOTH: u32 = uart::TXE | uart::RXNE;

struct Uart {
    fifo: [u8; UART_FIFO],
    dma: [u8; DMA_CHUNK],
    used: usize,
}

impl Uart {
    fn push(&mut self, b: u8) -> bool {
        if self.used == UART_FIFO {
            return false;
        }
        self.fifo[self.used] = b;
        self.used += 1;
        true
    }

    fn flush(&mut self) -> usize {
        let n = self.used;
        for i in 0..n {
            self.dma[i] = self.fifo[i];
        }
        self.used = 0;
        n
    }
}

fn describe(status: u32) -> &'static str {
    match status {
        STATUS_IDLE => "idle",
        STATUS_BOTH => "busy",
        0 => "off",
        s if s & uart::ERR_MASK != 0 => "error",
        _ => "other",
    }
}

fn main() {
    let mut u = Uart { fifo: [0; UART_FIFO], dma: [0; DMA_CHUNK], used: 0 };
    let mut accepted = 0;
    for b in 0..20u8 {
        if u.push(b) {
            accepted += 1;
        }
    }
    println!("accepted {} flushed {}", accepted, u.flush());
    println!("{:#x} {:#x}", uart::SR, uart::DR);
    for s in [STATUS_IDLE, STATUS_BOTH, 0, 0x83, 0x40] {
        println!("{:#x} {} ready={}", s, describe(s), uart::ready_to_send(s));
    }
    println!("{} {} {}", hw::TICKS_PER_INTERRUPT, hw::TRIM_BITS, hw::RUN_BUDGET);
    let modes = [Power::Sleep, Power::Idle, Power::Run, Power::Boost];
    for m in modes {
        println!("{:?} {} {}", m, hw::budget_mw(m), m > Power::Idle);
    }
    println!("{}", u.dma[DMA_CHUNK / 2 - 1]);
}
