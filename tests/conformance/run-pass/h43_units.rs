#[derive(Debug, Clone, Copy, PartialEq)]
enum Length {
    Meters(f64),
    Feet(f64),
    Inches(f64),
    Miles(f64),
}

#[derive(Debug, Clone, Copy)]
enum Temperature {
    Celsius(f64),
    Fahrenheit(f64),
    Kelvin(f64),
}

const FEET_PER_METER: f64 = 3.28084;
const INCHES_PER_FOOT: f64 = 12.0;
const METERS_PER_MILE: f64 = 1609.344;
const ABSOLUTE_ZERO_C: f64 = -273.15;

fn to_meters(len: Length) -> f64 {
    match len {
        Length::Meters(m) => m,
        Length::Feet(ft) => ft / FEET_PER_METER,
        Length::Inches(i) => i / INCHES_PER_FOOT / FEET_PER_METER,
        Length::Miles(mi) => mi * METERS_PER_MILE,
    }
}

fn to_celsius(t: Temperature) -> f64 {
    match t {
        Temperature::Celsius(c) => c,
        Temperature::Fahrenheit(f) => (f - 32.0) * 5.0 / 9.0,
        Temperature::Kelvin(k) => k + ABSOLUTE_ZERO_C,
    }
}

fn is_physical(t: Temperature) -> bool {
    to_celsius(t) >= ABSOLUTE_ZERO_C
}

fn format_length(len: Length) {
    let meters = to_meters(len);
    if meters >= 1000.0 {
        println!("{:?} = {:.2} km", len, meters / 1000.0);
    } else {
        println!("{:?} = {:.3} m", len, meters);
    }
}

fn main() {
    let lengths = [
        Length::Meters(2.5),
        Length::Feet(6.0),
        Length::Inches(100.0),
        Length::Miles(3.1),
    ];
    let mut total = 0.0;
    for l in lengths {
        format_length(l);
        total += to_meters(l);
    }
    println!("total = {:.1} m", total);

    let temps = [Temperature::Celsius(21.0), Temperature::Fahrenheit(98.6), Temperature::Kelvin(-5.0)];
    for t in temps.iter() {
        println!("{:?} -> {:.1} C physical={}", t, to_celsius(*t), is_physical(*t));
    }
}
