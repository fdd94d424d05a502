use thermo::{heat_needed, Celsius, Fahrenheit, Mode, Setpoint, COMFORT};

fn mode_name(m: Mode) -> &'static str {
    match m {
        Mode::Off => "off",
        Mode::Heat => "heating",
        Mode::Auto { band } if band > 3 => "auto (wide)",
        Mode::Auto { .. } => "auto",
    }
}

fn main() {
    let outside = Fahrenheit(44.6);
    let night = Setpoint { target: Fahrenheit(64.0), mode: Mode::Heat };
    let readings = [Celsius(18.5), Celsius(22.25), outside];
    for r in readings {
        println!("{:?}: heat? {} ({})", r, heat_needed(r, &COMFORT), mode_name(COMFORT.mode));
    }
    if heat_needed(outside, &night) {
        println!("night heating on, {}", mode_name(night.mode));
    }
    let f: Fahrenheit = outside.to_c().to_f();
    println!("{:.1}", f.0);
}
