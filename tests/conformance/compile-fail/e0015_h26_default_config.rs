// Serial port configuration kept in statics; one is built with a derived Default.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
enum Parity {
    #[default]
    None,
    Even,
    Odd,
}

#[derive(Debug, Clone, Copy, Default)]
struct PortConfig {
    baud: u32,
    data_bits: u8,
    parity: Parity,
}

impl PortConfig {
    const fn console() -> PortConfig {
        PortConfig { baud: 115_200, data_bits: 8, parity: Parity::None }
    }

    fn modem() -> PortConfig {
        PortConfig { baud: 9_600, parity: Parity::Even, ..PortConfig::console() }
    }

    fn frame_bits(&self) -> u32 {
        let parity = if self.parity == Parity::None { 0 } else { 1 };
        1 + self.data_bits as u32 + parity + 1
    }
}

static CONSOLE: PortConfig = PortConfig::console();
static MODEM: PortConfig = PortConfig::modem();
static BLANK: PortConfig = PortConfig::default();
const FRAME: u32 = CONSOLE.frame_bits();

fn main() {
    for cfg in [CONSOLE, MODEM, BLANK] {
        println!("{:?}: {} bits per frame", cfg, cfg.frame_bits());
    }
    println!("{}", FRAME);
    let odd = PortConfig { parity: Parity::Odd, ..CONSOLE };
    println!("{}", odd.frame_bits() + odd.stop_bits);
}
