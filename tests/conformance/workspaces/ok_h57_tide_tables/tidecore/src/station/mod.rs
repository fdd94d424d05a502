use crate::units::Meters;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Tide {
    High { level: Meters, hour: u8 },
    Low { level: Meters, hour: u8 },
    Slack,
}

#[derive(Debug, Clone, Copy)]
pub struct Station {
    pub id: u32,
    pub name: &'static str,
    pub datum: Meters,
    pub(crate) readings: u32,
}

impl Station {
    pub fn new(id: u32, name: &'static str) -> Station {
        Station { id, name, datum: Meters::ZERO, readings: 0 }
    }

    pub fn record(&mut self) -> u32 {
        self.readings += 1;
        self.readings
    }

    pub fn classify(&self, level: Meters, hour: u8) -> Tide {
        let rel = level.0 - self.datum.0;
        if rel > 2.0 {
            Tide::High { level, hour }
        } else if rel < -1.0 {
            Tide::Low { level, hour }
        } else {
            Tide::Slack
        }
    }
}
