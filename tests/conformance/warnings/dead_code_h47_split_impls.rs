// lints: dead_code
// A geometry module whose impl is split over several blocks, with unused
// items spread across them.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

#[derive(Debug, Clone, Copy)]
enum Anchor {
    TopLeft,
    Center,
    BottomRight,
}

struct Sprite {
    pos: Point,
    anchor: Anchor,
    layer: u8,
    alpha: f32,
    visible: bool,
}

impl Point {
    const ORIGIN: Point = Point { x: 0.0, y: 0.0 };
    const UNIT: Point = Point { x: 1.0, y: 1.0 };

    fn new(x: f64, y: f64) -> Point {
        Point { x, y }
    }

    fn dist(&self, o: &Point) -> f64 {
        ((self.x - o.x).powi(2) + (self.y - o.y).powi(2)).sqrt()
    }

    fn scale(&self, k: f64) -> Point {
        Point::new(self.x * k, self.y * k)
    }
}

impl Point {
    fn mirror(&self) -> Point {
        Point::new(-self.x, -self.y)
    }

    fn dot(&self, o: &Point) -> f64 {
        self.x * o.x + self.y * o.y
    }
}

impl Sprite {
    fn place(pos: Point) -> Sprite {
        Sprite { pos, anchor: Anchor::Center, layer: 0, alpha: 1.0, visible: true }
    }
}

impl Sprite {
    fn hide(&mut self) {
        self.visible = false;
    }

    const MAX_LAYER: u8 = 16;
}

struct Ghost {
    id: u32,
}

impl Ghost {
    fn spawn(id: u32) -> Ghost {
        Ghost { id }
    }

    fn id(&self) -> u32 {
        self.id
    }
}

fn main() {
    let s = Sprite::place(Point::new(3.0, 4.0));
    println!("{}", s.pos.dist(&Point::ORIGIN));
    println!("{:?} {}", s.anchor, s.layer);
}
