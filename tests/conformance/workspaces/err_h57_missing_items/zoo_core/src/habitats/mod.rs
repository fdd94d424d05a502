use crate::Animal;

pub struct Enclosure {
    pub id: u16,
    pub residents: [Animal; 2],
}

impl Enclosure {
    pub fn weight(&self) -> u32 {
        self.residents[0].kg + self.residents[1].kg
    }
}

pub const MAX_ENCLOSURES: usize = 12;
