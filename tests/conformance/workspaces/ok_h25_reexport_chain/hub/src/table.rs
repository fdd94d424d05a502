use crate::{Frame, Kind, Port};

pub const SLOTS: usize = 3;

#[derive(Debug, Default)]
pub struct Table {
    pub ports: [Port; SLOTS],
}

impl Table {
    pub fn learn(&mut self, f: Frame) {
        let slot = f.port as usize % SLOTS;
        if let Kind::Data(_) = f.kind {
            self.ports[slot] = f.port;
        }
    }
}
