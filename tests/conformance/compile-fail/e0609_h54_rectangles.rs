// Geometry kata: rectangles on an integer grid, overlap and containment.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    top_left: Point,
    width: i32,
    height: i32,
}

impl Rect {
    fn new(x: i32, y: i32, width: i32, height: i32) -> Rect {
        Rect { top_left: Point { x, y }, width, height }
    }

    fn area(&self) -> i32 {
        self.width * self.height
    }

    fn right(&self) -> i32 {
        self.top_left.x + self.width
    }

    fn bottom(&self) -> i32 {
        self.top_left.y + self.height
    }

    fn contains(&self, p: Point) -> bool {
        p.x >= self.top_left.x && p.x < self.right() && p.y >= self.top_left.y && p.y < self.bottom()
    }

    fn overlap(&self, other: &Rect) -> i32 {
        let left = self.top_left.x.max(other.top_left.x);
        let right = self.right().min(other.right());
        let top = self.top_left.y.max(other.top_left.y);
        let bottom = self.bottom().min(other.bottom());
        if right <= left || bottom <= top {
            0
        } else {
            (right - left) * (bottom - top)
        }
    }

    fn perimeter(&self) -> i32 {
        2 * (self.width + self.heigth)
    }
}

fn largest(rects: &[Rect]) -> usize {
    let mut best = 0;
    for (i, r) in rects.iter().enumerate() {
        if r.area() > rects[best].area() {
            best = i;
        }
    }
    best
}

fn main() {
    let rects = [
        Rect::new(0, 0, 10, 5),
        Rect::new(4, 2, 3, 8),
        Rect::new(-5, -5, 4, 4),
    ];
    let i = largest(&rects);
    println!("largest is #{} with area {}", i, rects[i].area());
    println!("overlap 0/1 = {}", rects[0].overlap(&rects[1]));
    println!("overlap 0/2 = {}", rects[0].overlap(&rects[2]));
    let p = Point { x: 5, y: 3 };
    for r in &rects {
        println!("{:?} contains {:?}? {} (perimeter {})", r.top_left, p, r.contains(p), r.perimeter());
    }
    println!("origin = {}", rects[0].top_left.z);
}
