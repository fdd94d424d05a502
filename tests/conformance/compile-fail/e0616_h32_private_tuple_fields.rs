mod ids {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub struct UserId(u32);

    #[derive(Debug)]
    pub struct Span(pub usize, usize);

    impl UserId {
        pub fn new(v: u32) -> UserId {
            UserId(v)
        }
    }

    impl Span {
        pub fn new(a: usize, b: usize) -> Span {
            Span(a, b)
        }
        fn width(&self) -> usize {
            self.1 - self.0
        }
        pub fn show(&self) -> usize {
            self.width()
        }
    }

    pub enum Kind {
        A(u8),
        B { v: u8 },
    }
}

use ids::{Kind, Span, UserId};

fn main() {
    let u = UserId::new(5);
    println!("{}", u.0);
    let s = Span::new(1, 4);
    println!("{} {}", s.0, s.1);
    let t = Span(1, 2);
    println!("{:?}", t);
    let k = Kind::B { v: 3 };
    match k {
        Kind::A(x) => println!("{}", x),
        Kind::B { v } => println!("{}", v),
    }
    println!("{}", s.show());
    let w = s.width();
    println!("{}", w);
}
