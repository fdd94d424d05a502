// A learner tries to print a struct with `{}` before knowing about Display.
#[derive(Debug)]
struct Temperature {
    celsius: f64,
}

#[derive(Debug)]
enum Unit {
    Celsius,
    Fahrenheit,
}

fn to_fahrenheit(t: &Temperature) -> f64 {
    t.celsius * 9.0 / 5.0 + 32.0
}

fn show(t: &Temperature, unit: Unit) {
    match unit {
        Unit::Celsius => println!("{:.1} C", t.celsius),
        Unit::Fahrenheit => println!("{:.1} F", to_fahrenheit(t)),
    }
}

fn main() {
    let today = Temperature { celsius: 21.5 };
    show(&today, Unit::Celsius);
    show(&today, Unit::Fahrenheit);
    // mistake: Temperature has Debug but no Display
    println!("today: {}", today);
    println!("debug: {:?}", today);
}
