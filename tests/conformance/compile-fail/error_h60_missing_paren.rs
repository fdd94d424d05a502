#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }

    fn len(self) -> f32 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    fn scale(self, k: f32) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }
}

fn simulate(pos: Vec2, vel: Vec2, steps: u32) -> Vec2 {
    let mut p = pos;
    for i in 0..steps {
        p = p.add(vel.scale(0.5);
        if p.len() > 100.0 {
            break;
        }
    }
    p
}

fn main() {
    let start = Vec2 { x: 0.0, y: 0.0 };
    let v = Vec2 { x: 1.0, y: 2.0 };
    let end = simulate(start, v, 10);
    let unused = 4;
    let wrong: u32 = end.len();
    println!("{:?}", end);
}
