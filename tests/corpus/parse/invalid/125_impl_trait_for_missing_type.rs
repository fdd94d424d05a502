use std::fmt;

struct Celsius(f64);

impl fmt::Display for {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}C", self.0)
    }
}

fn main() {
    println!("{}", Celsius(3.0).0);
}
