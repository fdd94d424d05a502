// An associated function is called as a method, a method is called on an integer that
// only arrays have, and a method is called through the type path without its receiver.
#[derive(Debug, Clone, Copy)]
struct Meter {
    reading: u32,
    max: u32,
}

impl Meter {
    fn new(max: u32) -> Meter {
        Meter { reading: 0, max }
    }

    fn fraction(&self) -> f64 {
        self.reading as f64 / self.max as f64
    }
}

fn main() {
    let base = Meter::new(200);
    let other = base.new(300);
    let digits: u32 = 12345;
    let count = digits.len();
    let f = Meter::fraction();
    let g = Meter::reset(&other);
    println!("{:?} {:?} {} {} {}", base, other, count, f, g);
}
