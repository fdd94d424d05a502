// Reading the inner value of newtypes from another module.
mod money {
    #[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
    pub struct Cents(i64);

    #[derive(Debug, Clone, Copy)]
    pub struct Rate(pub u32, u32);

    impl Cents {
        pub fn from_dollars(d: i64) -> Cents {
            Cents(d * 100)
        }
        pub fn value(&self) -> i64 {
            self.0
        }
    }

    pub fn rate(pct: u32) -> Rate {
        Rate(pct, 100)
    }
}

fn main() {
    let price = money::Cents::from_dollars(12);
    let r = money::rate(7);
    println!("{} {}", price.value(), r.0);
    println!("{} {}", price.0, r.1);
}
