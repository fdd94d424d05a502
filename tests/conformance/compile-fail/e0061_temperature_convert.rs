// A conversion helper grew a `precision` parameter; one caller still passes one argument,
// and a method is called with an extra argument.
fn to_fahrenheit(celsius: f64, precision: u32) -> f64 {
    let scale = 10f64.powi(precision as i32);
    ((celsius * 9.0 / 5.0 + 32.0) * scale).round() / scale
}

struct Thermometer {
    readings: [f64; 3],
}

impl Thermometer {
    fn average(&self) -> f64 {
        (self.readings[0] + self.readings[1] + self.readings[2]) / 3.0
    }
}

fn main() {
    let t = Thermometer { readings: [20.5, 22.0, 19.75] };
    println!("{}", to_fahrenheit(t.average(), 1));
    println!("{}", to_fahrenheit(t.average()));
    println!("{}", t.average(2));
}
