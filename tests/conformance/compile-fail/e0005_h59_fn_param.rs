#[derive(Clone, Copy, Debug)]
enum Temp {
    Celsius(f64),
    Fahrenheit(f64),
}

fn to_kelvin(Temp::Celsius(c): Temp) -> f64 {
    c + 273.15
}

fn main() {
    let t = Temp::Celsius(21.5);
    println!("{:.2}", to_kelvin(t));
    let _f = Temp::Fahrenheit(70.0);
}
