#[derive(Debug, Clone, Copy)]
pub struct Limits {
    pub max_users: u32,
    pub max_rooms: u16,
    seed: u64,
}

impl Limits {
    pub fn standard() -> Limits {
        Limits { max_users: 100, max_rooms: 8, seed: 42 }
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }
}
