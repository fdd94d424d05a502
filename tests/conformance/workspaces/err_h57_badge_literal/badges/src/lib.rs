mod levels;

pub use levels::Clearance;

#[derive(Debug, Clone, Copy)]
pub struct Badge {
    pub owner: &'static str,
    pub clearance: Clearance,
    pub(crate) serial: u32,
}

#[derive(Debug)]
pub struct Door {
    pub name: &'static str,
    required: Clearance,
}

impl Badge {
    pub fn issue(owner: &'static str, clearance: Clearance) -> Badge {
        Badge { owner, clearance, serial: 1000 + owner.len() as u32 }
    }
}

impl Door {
    pub fn new(name: &'static str, required: Clearance) -> Door {
        Door { name, required }
    }

    pub fn admits(&self, b: &Badge) -> bool {
        b.clearance >= self.required
    }
}
