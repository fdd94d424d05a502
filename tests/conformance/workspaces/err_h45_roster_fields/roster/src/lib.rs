// Player records for a small sports club.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Position {
    Keeper,
    Defender,
    Forward { goals: u16 },
}

#[derive(Debug, Clone, Copy)]
pub struct Player {
    pub number: u8,
    pub position: Position,
    salary: u32,
    pub(crate) injured: bool,
}

pub struct Squad {
    pub players: [Player; 3],
    captain: usize,
}

pub struct Jersey(pub u8, u32);

impl Player {
    pub fn sign(number: u8, position: Position) -> Player {
        Player { number, position, salary: Player::base_salary(position), injured: false }
    }

    fn base_salary(position: Position) -> u32 {
        match position {
            Position::Keeper => 3_000,
            Position::Defender => 2_500,
            Position::Forward { goals } => 4_000 + goals as u32 * 10,
        }
    }

    pub(crate) fn bench(&mut self) {
        self.injured = true;
    }

    pub fn is_available(&self) -> bool {
        !self.injured
    }
}

impl Squad {
    pub fn new(players: [Player; 3]) -> Squad {
        Squad { players, captain: 0 }
    }

    pub fn captain(&self) -> &Player {
        &self.players[self.captain]
    }

    fn payroll(&self) -> u32 {
        self.players[0].salary + self.players[1].salary + self.players[2].salary
    }

    pub fn report(&self) -> u32 {
        self.payroll()
    }
}
