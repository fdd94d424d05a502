// Geometry on references: a method missing on &Point and an array method that does not exist.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn manhattan(&self, other: &Point) -> i32 {
        (self.x - other.x).abs() + (self.y - other.y).abs()
    }
}

fn farthest(points: &[Point], from: &Point) -> usize {
    let mut best = 0;
    let mut best_dist = -1;
    for (i, p) in points.iter().enumerate() {
        let d = p.manhattan(from);
        if d > best_dist {
            best_dist = d;
            best = i;
        }
    }
    best
}

fn main() {
    let path = [Point { x: 0, y: 0 }, Point { x: 3, y: 4 }, Point { x: -2, y: 7 }];
    let origin = &path[0];
    let far = farthest(&path, origin);
    println!("farthest is {:?}", path[far]);
    let r = &path[1];
    println!("{}", r.euclid(origin));
    let lengths = [3, 5, 8];
    println!("{}", lengths.sum());
}
