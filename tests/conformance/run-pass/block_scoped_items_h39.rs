// Items and imports inside function bodies.
mod geometry {
    pub mod area {
        pub fn rect(w: u32, h: u32) -> u32 {
            w * h
        }
    }
}

fn helper() -> u32 {
    1
}

fn compute() -> u32 {
    use geometry::area::rect;

    fn helper() -> u32 {
        100
    }

    const SIDE: u32 = 3;

    struct Local {
        v: u32,
    }

    let l = Local { v: rect(SIDE, SIDE) };
    l.v + helper() + self::helper()
}

fn main() {
    let area = 5;
    let g = geometry::area::rect(area, 2);
    println!("{} {} {}", compute(), g, helper());
    {
        use geometry::area;
        println!("{}", area::rect(1, 1));
    }
}
