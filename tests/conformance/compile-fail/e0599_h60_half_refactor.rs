mod geometry {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct Point {
        pub x: f64,
        pub y: f64,
    }

    pub struct Polygon {
        pts: [Point; 4],
        pub closed: bool,
    }

    impl Point {
        pub fn origin() -> Point {
            Point { x: 0.0, y: 0.0 }
        }

        pub fn dist_to(&self, other: &Point) -> f64 {
            ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
        }
    }

    impl Polygon {
        pub fn square(side: f64) -> Polygon {
            Polygon {
                pts: [
                    Point { x: 0.0, y: 0.0 },
                    Point { x: side, y: 0.0 },
                    Point { x: side, y: side },
                    Point { x: 0.0, y: side },
                ],
            }
        }

        pub fn perimeter(&self) -> f64 {
            let mut total = 0.0;
            for i in 0..4 {
                total += self.pts[i].distance(&self.pts[(i + 1) % 4]);
            }
            total
        }

        fn area_internal(&self) -> f64 {
            let side = pts[0].dist_to(&pts[1]);
            side * side
        }
    }

    fn secret() -> u8 {
        42
    }
}

use geometry::Point;

fn centroid(a: Point, b: Point) -> Point {
    Point { x: (a.x + b.x) / 2.0, y: (a.y + b.y) / 2.0, z: 0.0 }
}

fn main() {
    let o = Point::origin();
    let p = Point::new(3.0, 4.0);
    println!("{}", o.dist_to(&p, true));
    let sq = geometry::Polygon::square(2.0);
    println!("{}", sq.perimeter());
    println!("{:?}", sq.pts);
    println!("{}", geometry::secret());
    let c = centroid(o, p);
    println!("{}", c.x + c.w);
    let area = sq.area_internal();
    println!("{}", area);
}
