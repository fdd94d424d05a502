#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Species {
    Dog,
    Cat,
    Rabbit,
}

#[derive(Debug, Clone, Copy)]
pub struct Pet {
    pub name: &'static str,
    pub species: Species,
    pub age: u8,
}

impl Pet {
    pub fn adoption_fee(&self) -> u32 {
        let mut fee = match self.species {
            Species::Dog => 150,
            Species::Cat => 90,
            Species::Rabbit => 40,
        };
        if self.age > 8 {
            fee = fee / 2;
        }
        fee
    }
}
