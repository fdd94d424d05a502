// Wrong number of arguments to functions and methods.
struct Thermostat {
    target: f64,
}

impl Thermostat {
    fn set(&mut self, degrees: f64) {
        self.target = degrees;
    }

    fn reading(&self) -> f64 {
        self.target
    }
}

fn print_labeled_measurement(value: i32, unit_label: char) {
    println!("The measurement is: {value}{unit_label}");
}

fn main() {
    print_labeled_measurement(5);
    print_labeled_measurement(5, 'h', true);
    let mut t = Thermostat { target: 20.0 };
    t.set();
    t.set(21.5);
    println!("{}", t.reading(1));
}
