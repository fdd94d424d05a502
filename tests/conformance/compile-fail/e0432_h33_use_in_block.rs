// use declarations inside functions and blocks.
mod shapes {
    pub mod area {
        pub fn square(s: f64) -> f64 {
            s * s
        }
        pub fn circle(r: f64) -> f64 {
            std::f64::consts::PI * r * r
        }
    }
    pub const UNIT: f64 = 1.0;
}

fn compute() -> f64 {
    use shapes::area::square;
    use shapes::UNIT as ONE;
    let a = square(2.0) + ONE;
    {
        use shapes::area::*;
        let b = circle(1.0);
        println!("{}", b);
    }
    let c = circle(2.0);
    a + c
}

fn more() -> f64 {
    use self::shapes::area;
    use shapes::area::cube;
    area::square(ONE)
}

fn main() {
    use std::f64::consts::E;
    use shapes::area::square;
    println!("{} {} {}", compute(), more(), E);
}
