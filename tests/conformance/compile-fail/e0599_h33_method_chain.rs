// Method chains mixing value and reference receivers.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Money {
    cents: i64,
}

impl Money {
    fn new(d: i64, c: i64) -> Money {
        Money { cents: d * 100 + c }
    }
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
    fn add_assign(&mut self, o: Money) {
        self.cents += o.cents;
    }
    fn dollars(&self) -> i64 {
        self.cents / 100
    }
    fn split(self, n: u32) -> Money {
        Money { cents: self.cents / n }
    }
}

fn main() {
    let a = Money::new(3, 50);
    let b = a.add(Money::new(1, 0)).add(a);
    let mut c = b;
    c.add_assign(a).add_assign(b);
    let d = Money::new(10, 0).split(3).dollars();
    let e = a.dollars().add(1);
    let f = a.add(&b);
    let g: u32 = b.dollars();
    println!("{:?} {:?} {} {} {:?} {}", b, c, d, e, f, g);
}
