// Unit conversions where a tuple struct is matched with named-field braces.
#[derive(Debug, Clone, Copy)]
struct Celsius(f64);

#[derive(Debug, Clone, Copy)]
struct Reading {
    temp: Celsius,
    station: u16,
}

fn to_fahrenheit(c: Celsius) -> f64 {
    let Celsius(v) = c;
    v * 9.0 / 5.0 + 32.0
}

fn warm(r: &Reading) -> bool {
    let Reading { temp, station, humidity } = *r;
    let Celsius { degrees } = temp;
    station > 0 && degrees > 20.0
}

fn main() {
    let r = Reading { temp: Celsius(23.5), station: 4 };
    println!("{} {}", to_fahrenheit(r.temp), warm(&r));
}
