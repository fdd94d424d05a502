// An unresolved import whose names are then used everywhere.
mod geometry {
    pub struct Point {
        pub x: i32,
        pub y: i32,
    }

    pub fn dist2(a: &Point, b: &Point) -> i32 {
        let dx = a.x - b.x;
        let dy = a.y - b.y;
        dx * dx + dy * dy
    }
}

use geometry::{Point, distance, Segment};
use crate::geom::dist2;

fn longest(ps: &[Point]) -> i32 {
    let mut best = 0;
    for a in ps {
        for b in ps {
            let d = distance(a, b);
            if d > best {
                best = d;
            }
        }
    }
    best
}

fn main() {
    let ps = [Point { x: 0, y: 0 }, Point { x: 3, y: 4 }];
    let s = Segment { from: 0, to: 1 };
    let l = longest(&ps) + dist2(&ps[0], &ps[1]);
    let w: bool = l;
    println!("{} {}", w, s.from);
    let v: u8 = 256u16;
    println!("{}", v);
}
