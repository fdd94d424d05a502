// 2D vectors without operator impls: adding and negating structs, assigning to a call.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    fn dot(&self, o: &Vec2) -> f32 {
        self.x * o.x + self.y * o.y
    }

    fn length(&self) -> f32 {
        self.dot(self).sqrt()
    }
}

fn origin() -> Vec2 {
    Vec2 { x: 0.0, y: 0.0 }
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: -1.0 };
    let sum = a + b;
    let back = -a;
    println!("{:?} {:?} {}", sum, back, a.length());
    origin() = b;
}
