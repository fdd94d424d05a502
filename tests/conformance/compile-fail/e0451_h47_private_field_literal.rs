// Building and destructuring a struct with private fields from outside its module.
mod shapes {
    #[derive(Debug, Clone, Copy)]
    pub struct Circle {
        pub radius: f64,
        area_cache: f64,
    }

    #[derive(Debug, Clone, Copy)]
    pub enum Fill {
        Solid { rgb: u32 },
        Empty,
    }

    impl Circle {
        pub fn new(radius: f64) -> Circle {
            Circle { radius, area_cache: std::f64::consts::PI * radius * radius }
        }

        pub fn area(&self) -> f64 {
            self.area_cache
        }
    }
}

use shapes::{Circle, Fill};

fn describe(c: &Circle) -> f64 {
    let Circle { radius, area_cache } = *c;
    radius + area_cache
}

fn main() {
    let c = Circle::new(2.0);
    let bad = Circle { radius: 1.0, area_cache: 0.0 };
    let fill = Fill::Solid { rgb: 0xff0000 };
    println!("{} {} {:?} {:?}", c.area(), describe(&c), bad, fill);
    if let Fill::Solid { rgb } = fill {
        println!("{:06x}", rgb);
    }
    println!("{:?}", Fill::Empty);
}
