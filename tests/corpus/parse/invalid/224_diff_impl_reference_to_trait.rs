// The `&` of "implement Display for a reference" put on the trait instead of the type.
use std::fmt;

struct Celsius(f64);

impl<'a> &'a fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.1} °C", self.0)
    }
}

fn main() {
    let t = Celsius(21.5);
    println!("{}", t);
}
