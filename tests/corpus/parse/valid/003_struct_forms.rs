// Named, tuple and unit structs with visibility, generics and derives.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Meters(pub u32);

#[derive(Debug, Default)]
pub struct Marker;

pub struct Pair<T, U>(T, pub U);

pub struct Empty {}

pub struct TupleEmpty();

pub struct Config<'a> {
    pub(crate) name: &'a str,
    verbose: bool,
    pub(self) retries: u8,
    limits: [u16; 4],
}

struct WithWhere<T>
where
    T: Clone,
{
    items: Vec<T>,
}

struct TupleWhere<T>(Vec<T>)
where
    T: Copy;

struct TrailingComma(i32, i64,);

impl Point {
    pub fn origin() -> Self {
        Point { x: 0.0, y: 0.0 }
    }

    pub fn distance(&self, other: &Point) -> f64 {
        ((self.x - other.x).powi(2) + (self.y - other.y).powi(2)).sqrt()
    }
}

fn main() {
    let p = Point { x: 3.0, y: 4.0 };
    let d = p.distance(&Point::origin());
    let m = Meters(12);
    let _unit = Marker;
    let pair = Pair(1, "one");
    let _e = Empty {};
    let _t = TupleEmpty();
    let cfg = Config { name: "main", verbose: false, retries: 3, limits: [1, 2, 3, 4] };
    let w = WithWhere { items: vec![1] };
    let tw = TupleWhere(vec![1u8]);
    let tc = TrailingComma(1, 2);
    println!("{d} {:?} {} {} {} {} {}", m, pair.1, cfg.name, w.items.len(), tw.0.len(), tc.0);
    let _ = (cfg.verbose, cfg.retries, cfg.limits, pair.0);
}
