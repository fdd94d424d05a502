#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

fn dot(&Vec2 { x: ax, y: ay }: &Vec2, &Vec2 { x: bx, y: by }: &Vec2) -> f64 {
    ax * bx + ay * by
}

fn cross((x1, y1): (f64, f64), (x2, y2): (f64, f64)) -> f64 {
    x1 * y2 - y1 * x2
}

fn centroid([a, b, c]: [Vec2; 3]) -> Vec2 {
    Vec2 { x: (a.x + b.x + c.x) / 3.0, y: (a.y + b.y + c.y) / 3.0 }
}

fn scale_in_place(&mut Vec2 { ref mut x, ref mut y }: &mut Vec2, k: f64) {
    *x *= k;
    *y *= k;
}

fn main() {
    let a = Vec2 { x: 1.0, y: 2.0 };
    let b = Vec2 { x: 3.0, y: -1.0 };
    let mut c = Vec2 { x: 0.5, y: 0.5 };
    scale_in_place(&mut c, 4.0);
    println!("{} {} {:?}", dot(&a, &b), cross((a.x, a.y), (b.x, b.y)), centroid([a, b, c]));
}
