pub mod habitats;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Diet {
    Herbivore,
    Carnivore,
    Omnivore,
}

#[derive(Debug, Clone, Copy)]
pub struct Animal {
    pub name: &'static str,
    pub diet: Diet,
    pub kg: u32,
}

pub const FEEDING_HOUR: u8 = 9;

pub fn daily_food_kg(a: &Animal) -> u32 {
    match a.diet {
        Diet::Herbivore => a.kg / 20,
        Diet::Carnivore => a.kg / 30,
        Diet::Omnivore => a.kg / 25,
    }
}
