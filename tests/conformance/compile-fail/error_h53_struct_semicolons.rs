// Struct fields separated by `;` (C habit).
#[derive(Debug)]
struct Vec3 {
    x: f32;
    y: f32;
    z: f32;
}

fn main() {
    let v = Vec3 { x: 1.0, y: 2.0, z: 3.0 };
    println!("{:?}", v);
}
