// Shape areas where a tuple-variant pattern has the wrong number of fields.
#[derive(Debug, Clone, Copy)]
enum Shape {
    Circle(f64),
    Rect(f64, f64),
    Triangle { base: f64, height: f64 },
}

struct Tile(u32, u32, u8);

fn area(s: Shape) -> f64 {
    match s {
        Shape::Circle(r) => std::f64::consts::PI * r * r,
        Shape::Rect(w) => w * w,
        Shape::Triangle { base } => base / 2.0,
    }
}

fn tile_key(t: &Tile) -> u64 {
    let Tile(x, y, layer, extra) = t;
    (*x as u64) << 32 | (*y as u64) << 8 | *layer as u64
}

fn main() {
    let shapes = [Shape::Circle(1.0), Shape::Rect(2.0, 3.0), Shape::Triangle { base: 4.0, height: 2.0 }];
    let mut total = 0.0;
    for s in shapes {
        total += area(s);
    }
    println!("{:.2} {}", total, tile_key(&Tile(1, 2, 3)));
}
