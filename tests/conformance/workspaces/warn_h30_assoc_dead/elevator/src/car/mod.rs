mod load;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
    Idle,
}

pub struct Car {
    pub floor: u8,
    pub dir: Direction,
    load: load::Load,
}

impl Car {
    pub const CAPACITY_KG: u32 = 630;

    pub fn at(floor: u8) -> Car {
        Car { floor, dir: Direction::Idle, load: load::Load { kg: 0, riders: 0 } }
    }

    pub fn step(&mut self, target: u8) {
        self.dir = if target > self.floor {
            self.floor += 1;
            Direction::Up
        } else if target < self.floor {
            self.floor -= 1;
            Direction::Down
        } else {
            Direction::Idle
        };
    }

    fn overloaded(&self) -> bool {
        self.load.kg > Car::CAPACITY_KG
    }
}
