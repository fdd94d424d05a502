mod phase;

pub use phase::Phase;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Body {
    pub name: &'static str,
    pub mass: f64,
    pub speed: f64,
}

impl Body {
    pub fn new(name: &'static str, mass: f64) -> Body {
        Body { name, mass, speed: 0.0 }
    }

    pub fn momentum(&self) -> f64 {
        self.mass * self.speed
    }

    pub fn scaled(&self, factor: f64) -> Body {
        Body { mass: self.mass * factor, ..*self }
    }
}
