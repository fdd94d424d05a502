use units::{Meters, Seconds, G};

#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub height: Meters,
    pub velocity: f64,
}

impl Body {
    pub fn dropped_from(height: Meters) -> Body {
        Body { height, velocity: 0.0 }
    }

    pub fn step(&mut self, dt: Seconds) {
        self.velocity += G * dt;
        self.height -= self.velocity * dt;
        if self.height < 0.0 {
            self.height = 0.0;
        }
    }

    pub fn landed(&self) -> bool {
        self.height <= 0.0
    }
}
