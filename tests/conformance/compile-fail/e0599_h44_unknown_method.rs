// Unknown methods whose results are used.
#[derive(Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    fn length(&self) -> f64 {
        (self.x * self.x + self.y * self.y).sqrt()
    }

    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

fn main() {
    let a = Vec2 { x: 3.0, y: 4.0 };
    let b = Vec2 { x: 1.0, y: 1.0 };
    let n = a.normalize();
    let l = n.length() * 2.0;
    let d = a.dot(b) + 1.0;
    let c = a.add(b).scale(2.0).length();
    let k: i32 = a.length();
    let m = a.lenght() as i32;
    println!("{} {} {} {} {}", l, d, c, k, m);
    let w = 5i32.powf(2.0);
    let z: u8 = w;
    println!("{}", z);
}
