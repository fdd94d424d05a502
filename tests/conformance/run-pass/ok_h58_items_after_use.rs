fn main() {
    let p = make_point(3, 4);
    println!("{}", p.dist2());
    println!("{}", LIMIT + helper());

    fn helper() -> i32 {
        Inner::VALUE * 2
    }

    struct Inner;
    impl Inner {
        const VALUE: i32 = 21;
    }

    let q = {
        #[derive(Debug)]
        struct Local(i32);
        impl Local {
            fn twice(&self) -> i32 {
                self.0 * 2
            }
        }
        Local(5).twice()
    };
    println!("{}", q);
}

fn make_point(x: i32, y: i32) -> Point {
    Point { x, y }
}

const LIMIT: i32 = 10;

struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn dist2(&self) -> i32 {
        self.x * self.x + self.y * self.y
    }
}
