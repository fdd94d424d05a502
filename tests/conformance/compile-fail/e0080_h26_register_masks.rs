// Bit masks for a GPIO peripheral; two masks shift or add past the register width.
const PIN_COUNT: u32 = 16;
const MODE_BITS: u32 = 2;
const MODE_MASK: u32 = (1 << MODE_BITS) - 1;
const FIELD_WIDTH: u32 = PIN_COUNT * MODE_BITS;
const ALL_MODES: u32 = (1 << FIELD_WIDTH) - 1;
const PULL_SHIFT: u32 = FIELD_WIDTH + 1;
const PULL_TOP: u32 = 1 << PULL_SHIFT;
const ERR_FLAG: u32 = u32::MAX + MODE_MASK;
const TOP_BIT: u32 = 1 << (u32::BITS - 1);

#[derive(Debug, Clone, Copy, PartialEq)]
enum Mode {
    Input = 0,
    Output = 1,
    Alternate = 2,
    Analog = 3,
}

struct Port {
    moder: u32,
}

impl Port {
    fn set_mode(&mut self, pin: u32, mode: Mode) {
        let shift = pin * MODE_BITS;
        self.moder &= !(MODE_MASK << shift);
        self.moder |= (mode as u32) << shift;
    }

    fn mode_of(&self, pin: u32) -> u32 {
        (self.moder >> (pin * MODE_BITS)) & MODE_MASK
    }
}

fn main() {
    let mut port = Port { moder: 0 };
    port.set_mode(3, Mode::Output);
    port.set_mode(5, Mode::Analog);
    println!("{:032b}", port.moder);
    println!("pin 3 -> {}", port.mode_of(3));
    println!("{} {} {} {}", ALL_MODES, PULL_TOP, ERR_FLAG, TOP_BIT);
    println!("{}", port.mode_of(PIN_COUNT - 1) == Mode::Input as u32 || pin_ok(2));
}
