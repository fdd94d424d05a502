// Fields that do not exist: a typo in a nested struct, a tuple-struct index out of range,
// and a field on a primitive inside a method.
#[derive(Debug, Clone, Copy)]
struct Vec2(f32, f32);

#[derive(Debug, Clone, Copy)]
struct Body {
    position: Vec2,
    velocity: Vec2,
    mass: f32,
}

impl Body {
    fn step(&mut self, dt: f32) {
        self.position.0 += self.velocity.0 * dt;
        self.position.1 += self.velocity.2 * dt;
    }

    fn momentum(&self) -> f32 {
        self.mass * self.velocty.0
    }

    fn heavy(&self) -> bool {
        self.mass.value > 10.0
    }
}

fn main() {
    let mut b = Body { position: Vec2(0.0, 0.0), velocity: Vec2(1.0, 2.0), mass: 3.0 };
    b.step(0.5);
    println!("{:?} {} {}", b, b.momentum(), b.heavy());
}
