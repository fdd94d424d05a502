// Types and values live in different namespaces.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Circle {
        pub r: f64,
    }

    #[allow(non_snake_case)]
    pub fn Circle(r: f64) -> Circle {
        Circle { r: r.abs() }
    }

    #[derive(Debug, Clone, Copy)]
    pub struct Pair(pub i32, pub i32);

    #[derive(Debug, Clone, Copy)]
    pub struct Marker;
}

mod report {
    pub fn count() -> u32 {
        3
    }
}

mod text {
    pub fn shapes(n: u32) -> u32 {
        n * 2
    }
}

use report::count;
use text::shapes;

fn main() {
    let c = count();
    let circle: shapes::Circle = shapes::Circle(-2.0);
    let p = shapes::Pair(1, 2);
    let shapes = shapes(c);
    let m = self::shapes::Marker;
    println!("{} {:?} {:?} {:?} {}", c, circle, p, m, shapes);
    println!("{} {}", circle.r, p.0 + p.1);
}
