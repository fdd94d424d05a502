#[derive(Debug, Clone, Copy)]
pub struct Vec2 {
    pub x: f64,
    pub y: f64,
}

impl Vec2 {
    pub fn length(self) -> f64 {
        self.x.hypot(self.y)
    }
}
