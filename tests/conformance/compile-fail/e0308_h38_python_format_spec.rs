// Python-style format specs and a mismatched type in the same report function.
struct Reading {
    celsius: f64,
    station: u32,
}

fn to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn report(r: &Reading) -> u32 {
    println!("station {:d}", r.station);
    println!("temp {:6.2f}C / {:.1}F", r.celsius, to_fahrenheit(r.celsius));
    r.celsius
}

fn main() {
    let readings = [
        Reading { celsius: 21.456, station: 7 },
        Reading { celsius: -3.2, station: 12 },
    ];
    for r in &readings {
        report(r);
    }
}
