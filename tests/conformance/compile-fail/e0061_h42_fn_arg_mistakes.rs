// Function-call mistakes: wrong number of arguments, calling a method with a missing argument.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    fn scale(&self, factor: f32) -> Vec2 {
        Vec2 { x: self.x * factor, y: self.y * factor }
    }

    fn dot(&self, other: Vec2) -> f32 {
        self.x * other.x + self.y * other.y
    }
}

fn lerp(a: f32, b: f32, t: f32) -> f32 {
    a + (b - a) * t
}

fn main() {
    let v = Vec2 { x: 1.0, y: 2.0 };
    let w = v.scale(3.0);
    // mistake 1: lerp takes three arguments
    let mid = lerp(0.0, 10.0);
    // mistake 2: dot needs the other vector
    let d = v.dot();
    println!("{:?} {} {}", w, mid, d);
}
