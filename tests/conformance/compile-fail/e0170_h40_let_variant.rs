#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Celsius,
    Fahrenheit,
}

fn convert(value: f64, from: Unit) -> f64 {
    match from {
        Unit::Celsius => value * 9.0 / 5.0 + 32.0,
        Unit::Fahrenheit => (value - 32.0) * 5.0 / 9.0,
    }
}

fn default_unit(units: &[Unit]) -> Unit {
    let Celsius = Unit::Celsius;
    for u in units {
        if *u != Celsius {
            return *u;
        }
    }
    Celsius
}

fn is_metric(u: &Unit) -> bool {
    match *u {
        Celsius => true,
    }
}

fn main() {
    let units = [Unit::Celsius, Unit::Fahrenheit];
    let d = default_unit(&units);
    println!("{:?} {} {}", d, convert(100.0, d), is_metric(&units[1]));
}
