use std::fmt;

struct Money(i64);

impl fmt::Display Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

fn main() {
    println!("{}", Money(1234));
}
