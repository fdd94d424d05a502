#[derive(Debug)]
pub struct Reading {
    pub channel: u8,
    pub millivolts: i32,
}

#[derive(Debug)]
pub enum Health {
    Good,
    Degraded { reading: Reading, errors: u16 },
}

pub struct Bank {
    pub readings: [Reading; 3],
    pub health: Health,
}

impl Bank {
    pub fn demo() -> Bank {
        Bank {
            readings: [
                Reading { channel: 0, millivolts: 3300 },
                Reading { channel: 1, millivolts: -120 },
                Reading { channel: 2, millivolts: 1650 },
            ],
            health: Health::Degraded { reading: Reading { channel: 1, millivolts: -120 }, errors: 4 },
        }
    }

    pub fn window(&self, from: usize) -> &[Reading] {
        &self.readings[from..]
    }

    pub fn health(&self) -> &Health {
        &self.health
    }
}
