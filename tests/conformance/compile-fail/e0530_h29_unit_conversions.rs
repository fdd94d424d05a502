// Unit conversions where bindings reuse the names of tuple structs and statics.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy, PartialEq)]
struct Kelvin(f64);

static ABSOLUTE_ZERO: f64 = -273.15;

fn to_kelvin(c: Celsius) -> Kelvin {
    Kelvin(c.0 - ABSOLUTE_ZERO)
}

fn offset(Kelvin: f64) -> f64 {
    Kelvin + 1.0
}

fn describe(k: f64) -> &'static str {
    match k {
        ABSOLUTE_ZERO => "absolute zero",
        _ => "above zero",
    }
}

fn main() {
    let Celsius = 21.5;
    let k = to_kelvin(Celsius(Celsius));
    println!("{:?} {} {}", k, offset(k.0), describe(k.0));
    let below = k.0 < ABSOLUTE_ZERO as f32;
    println!("{}", below);
}
