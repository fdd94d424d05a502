// A grid robot that can move and turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Heading {
    North,
    East,
    South,
    West,
}

impl Heading {
    pub fn turn_right(self) -> Heading {
        match self {
            Heading::North => Heading::East,
            Heading::East => Heading::South,
            Heading::South => Heading::West,
            Heading::West => Heading::North,
        }
    }

    pub(crate) fn delta(self) -> (i32, i32) {
        match self {
            Heading::North => (0, 1),
            Heading::East => (1, 0),
            Heading::South => (0, -1),
            Heading::West => (-1, 0),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Robot {
    pub x: i32,
    pub y: i32,
    pub heading: Heading,
    battery: u32,
}

impl Robot {
    pub const FULL_CHARGE: u32 = 100;
    const STEP_COST: u32 = 3;

    pub fn new() -> Robot {
        Robot { x: 0, y: 0, heading: Heading::North, battery: Self::FULL_CHARGE }
    }

    pub fn forward(&mut self, steps: u32) {
        let (dx, dy) = self.heading.delta();
        self.x += dx * steps as i32;
        self.y += dy * steps as i32;
        self.drain(steps);
    }

    fn drain(&mut self, steps: u32) {
        self.battery = self.battery.saturating_sub(steps * Robot::STEP_COST);
    }

    pub fn battery(&self) -> u32 {
        self.battery
    }

    pub fn distance_home(&self) -> u32 {
        self.x.abs() as u32 + self.y.abs() as u32
    }
}
