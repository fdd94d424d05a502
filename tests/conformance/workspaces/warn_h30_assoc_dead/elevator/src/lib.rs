// Elevator controller: associated items that nobody reaches are dead, pub or not.
mod car;
mod door;

pub use car::{Car, Direction};

pub struct Shaft {
    pub floors: u8,
    service_mode: bool,
}

impl Shaft {
    pub const MAX_FLOORS: u8 = 40;
    const INSPECTION_FLOOR: u8 = 0;
    const SERVICE_SPEED: u8 = Shaft::INSPECTION_FLOOR + 1;

    pub fn new(floors: u8) -> Shaft {
        Shaft { floors: floors.min(Shaft::MAX_FLOORS), service_mode: false }
    }

    fn service_speed(&self) -> u8 {
        Shaft::SERVICE_SPEED
    }

    fn enter_service(&mut self) {
        self.service_mode = true;
    }
}

impl Shaft {
    pub fn top(&self) -> u8 {
        self.floors - 1
    }

    pub(crate) fn door_time(&self) -> u8 {
        door::open_time(door::DoorKind::Center)
    }
}
