use std::fmt;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1}°C", self.0)
    }
}

fun to_fahrenheit(c: &Celsius) -> f64 {
    c.0 * 9.0 / 5.0 + 32.0
}

fn main() {
    let t = Celsius(21.5);
    println!("{} = {}", t, to_fahrenheit(&t));
}
