// A physics helper that tries to add methods to primitive types directly.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Meters(f64);

impl Meters {
    fn to_feet(self) -> f64 {
        self.0 * 3.28084
    }
}

// Inherent impls on primitives are not allowed; a newtype (above) or a trait is needed.
impl f64 {
    fn squared(self) -> f64 {
        self * self
    }
}

impl u32 {
    const SECONDS_PER_HOUR: u32 = 3600;

    fn hours(self) -> u32 {
        self / Self::SECONDS_PER_HOUR
    }
}

fn fall_time(height: Meters) -> f64 {
    (2.0 * height.0 / 9.81).sqrt()
}

fn main() {
    let h = Meters(20.0);
    println!("{:.3} {:.3}", h.to_feet(), fall_time(h));
    println!("{}", 7200u32.hours());
    println!("{}", 1.5f64.squared());
}
