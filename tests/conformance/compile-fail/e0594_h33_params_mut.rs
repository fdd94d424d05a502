// Parameter and self reassignment inside methods.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    const ORIGIN: Vec2 = Vec2 { x: 0.0, y: 0.0 };
    const UNIT_X: Vec2 = Vec2 { x: 1.0, ..ORIGIN };

    fn scale(self, k: f32) -> Vec2 {
        self.x *= k;
        Vec2 { x: self.x, y: self.y * k }
    }

    fn normalize(&mut self, eps: f32) {
        let len = (self.x * self.x + self.y * self.y).sqrt();
        if len < eps {
            eps = 1.0;
        }
        self.x /= len;
        self.y /= len;
    }

    fn reset(&self) {
        *self = Vec2::ORIGIN;
    }

    fn swap(mut self) -> Self {
        let t = self.x;
        self.x = self.y;
        self.y = t;
        self
    }
}

fn main() {
    let v = Vec2 { x: 3.0, y: 4.0 };
    let w = v.scale(2.0).swap();
    let mut u = Vec2::UNIT_X;
    u.normalize(0.001);
    u.reset();
    println!("{:?} {:?}", w, u);
}
