// Needs a trait impl (tier L2): a method defined twice inside one trait implementation.
struct Celsius(f64);

trait Describe {
    fn describe(&self) -> &'static str;
}

impl Describe for Celsius {
    fn describe(&self) -> &'static str {
        if self.0 < 0.0 { "freezing" } else { "above zero" }
    }

    fn describe(&self) -> &'static str {
        "temperature"
    }
}

fn main() {
    println!("{}", Celsius(3.0).describe());
}
