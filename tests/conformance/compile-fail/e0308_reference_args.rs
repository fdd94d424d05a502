// Passing a value where a reference is expected and a reference where a value is expected.
#[derive(Debug, Clone, Copy)]
struct Vector {
    x: f32,
    y: f32,
}

fn dot(a: &Vector, b: &Vector) -> f32 {
    a.x * b.x + a.y * b.y
}

fn scale(v: Vector, k: f32) -> Vector {
    Vector { x: v.x * k, y: v.y * k }
}

fn main() {
    let a = Vector { x: 1.0, y: 2.0 };
    let b = Vector { x: -3.0, y: 0.5 };
    println!("{}", dot(a, &b));
    let r = &a;
    println!("{:?}", scale(r, 2.0));
}
