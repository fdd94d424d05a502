// A firmware crate where a module, a constant and an enum collide with other items.
mod sensor {
    pub fn read(channel: u8) -> u16 {
        (channel as u16) * 100 + 7
    }
}

struct Sensor {
    channel: u8,
}

struct sensor {
    channel: u8,
}

const MAX_CHANNELS: u8 = 8;
static MAX_CHANNELS: u8 = 16;

enum Mode {
    Poll,
    Interrupt,
}

type Mode = u8;

fn read_all() -> u32 {
    let mut sum = 0u32;
    for ch in 0..MAX_CHANNELS {
        sum += sensor::read(ch) as u32;
    }
    sum
}

fn main() {
    let s = Sensor { channel: 2 };
    println!("{} {}", read_all(), s.channel);
}
