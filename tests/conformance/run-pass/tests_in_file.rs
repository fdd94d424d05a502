// A temperature-unit helper with its unit tests in the same file (tests are checked, not run).
#[inline]
fn celsius_to_kelvin(c: f64) -> f64 {
    c + 273.15
}

fn kelvin_to_celsius(k: f64) -> f64 {
    k - 273.15
}

fn describe(c: f64) -> &'static str {
    if c < 0.0 {
        "freezing"
    } else if c < 25.0 {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    for c in [-10.0, 0.0, 20.5, 37.0] {
        println!("{:>5} C = {:>7.2} K ({})", c, celsius_to_kelvin(c), describe(c));
    }
    println!("0 K = {} C", kelvin_to_celsius(0.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        assert_eq!(kelvin_to_celsius(celsius_to_kelvin(12.5)), 12.5);
    }

    #[test]
    fn labels() {
        assert_eq!(describe(-1.0), "freezing");
        assert_ne!(describe(30.0), "mild");
    }
}
