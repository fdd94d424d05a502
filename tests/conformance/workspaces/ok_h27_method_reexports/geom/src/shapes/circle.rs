use super::PI;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Circle {
    pub r: f64,
}

impl Circle {
    pub const UNIT: Circle = Circle { r: 1.0 };

    pub fn new(r: f64) -> Circle {
        Circle { r }
    }

    pub fn area(&self) -> f64 {
        PI * self.r * self.r
    }
}

impl Circle {
    pub fn grow(&mut self, by: f64) -> &mut Circle {
        self.r += by;
        self
    }
}
