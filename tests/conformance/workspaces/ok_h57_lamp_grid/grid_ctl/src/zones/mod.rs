use lamps::{watts_for, Kind, Lamp};

pub struct Zone {
    pub name: &'static str,
    pub lamps: [Lamp; 4],
}

impl Zone {
    pub fn street(name: &'static str) -> Zone {
        let sodium = Lamp { kind: Kind::Sodium, lit: true, brightness: 200 };
        Zone { name, lamps: [sodium, sodium, Lamp { brightness: 90, ..sodium }, Lamp::OFF_LED] }
    }

    pub fn load(&self) -> u32 {
        let mut total = 0;
        for l in &self.lamps {
            total += watts_for(l);
        }
        total
    }

    pub fn dim(&mut self, by: u8) {
        for l in self.lamps.iter_mut() {
            l.brightness = l.brightness.saturating_sub(by);
        }
    }
}
