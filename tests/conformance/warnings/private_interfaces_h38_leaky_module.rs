// lints: private_interfaces dead_code
// A pub function in a module returning a private type.
mod shapes {
    #[derive(Debug)]
    struct Inner {
        sides: u32,
    }

    pub struct Polygon {
        pub name: &'static str,
        inner: Inner,
    }

    pub fn make_inner(sides: u32) -> Inner {
        Inner { sides }
    }

    impl Polygon {
        pub fn new(name: &'static str, sides: u32) -> Polygon {
            Polygon { name, inner: make_inner(sides) }
        }

        pub fn sides(&self) -> u32 {
            self.inner.sides
        }

        fn unused_helper(&self) -> u32 {
            0
        }
    }
}

fn main() {
    let p = shapes::Polygon::new("hexagon", 6);
    println!("{} has {} sides", p.name, p.sides());
}
