// Unknown associated functions and constants on known types.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Temp {
    kelvin: f64,
}

impl Temp {
    const ZERO_C: f64 = 273.15;

    fn from_celsius(c: f64) -> Temp {
        Temp { kelvin: c + Temp::ZERO_C }
    }

    fn celsius(&self) -> f64 {
        self.kelvin - Temp::ZERO_C
    }
}

fn main() {
    let a = Temp::from_celsius(21.5);
    let b = Temp::from_fahrenheit(70.0);
    let diff = a.celsius() - b.celsius();
    let boil = Temp::BOILING + 1.0;
    let limit = i32::MAXIMUM - 1;
    let warm = if a.kelvin > Temp::ZERO_C { "warm" } else { "cold" };
    let n: i32 = warm;
    println!("{} {} {} {} {}", diff, boil, limit, warm, n);
}
