use meteo::units::pressure;
use meteo::units::temperature::*;
use meteo::{average, fahrenheit_to_celsius as to_c, Reading, Sky as Weather, WINDOW};

const LOG_SIZE: usize = WINDOW * 2;

fn describe(sky: Weather) -> &'static str {
    match sky {
        Weather::Clear => "clear",
        Weather::Cloudy { cover: 0..=50 } => "partly cloudy",
        Weather::Cloudy { .. } => "overcast",
        Weather::Rain(mm) if mm >= 10 => "heavy rain",
        Weather::Rain(_) => "drizzle",
        Weather::Storm => "storm",
    }
}

fn main() {
    let mut week = [Reading::EMPTY; WINDOW];
    let skies = [Weather::Clear, Weather::Rain(4), Weather::Cloudy { cover: 90 }];
    for i in 0..WINDOW {
        week[i] = Reading::new(12.0 + i as f64, 40 + i as u8 * 5, skies[i % skies.len()]);
    }
    let mut log = [0u8; LOG_SIZE];
    for (i, r) in week.iter().enumerate() {
        log[i] = r.sky.severity();
        log[i + WINDOW] = r.humidity;
    }
    println!("station {}", meteo::STATION_NAME);
    println!("avg {:.2} C = {:.1} F", average(&week), c_to_f(average(&week)));
    println!("70F is {:.1} C, margin {}", to_c(70.0), MARGIN);
    println!("low pressure at 1000 hPa: {}", pressure::is_low(1000.0));
    for r in &week {
        println!("{} {} warm={}", r.sky.symbol(), describe(r.sky), r.feels_warm());
    }
    println!("{:?}", log);
    println!("{}", meteo::units::temperature::f_to_c(212.0) == meteo::fahrenheit_to_celsius(212.0));
}
