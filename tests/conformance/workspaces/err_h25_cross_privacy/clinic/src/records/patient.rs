use super::audit;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Patient {
    pub id: u32,
    pub(crate) age: u8,
    pub(super) ward: u8,
}

impl Patient {
    pub fn admit(id: u32, age: u8) -> Patient {
        audit::entries();
        Patient { id, age, ward: 1 }
    }

    pub(crate) fn transfer(&mut self, ward: u8) {
        self.ward = ward;
    }

    pub fn ward(&self) -> u8 {
        self.ward
    }
}
