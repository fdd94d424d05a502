pub const ORIGIN_X: i32 = 0;
pub const GRID: u16 = 8;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pt {
    pub x: i32,
    pub y: i32,
}

impl Pt {
    pub const ZERO: Pt = Pt { x: ORIGIN_X, y: 0 };

    pub fn new(x: i32, y: i32) -> Pt {
        Pt { x, y }
    }

    pub fn manhattan(&self, o: &Pt) -> u32 {
        self.x.abs_diff(o.x) + self.y.abs_diff(o.y)
    }

    pub fn shift(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }
}
