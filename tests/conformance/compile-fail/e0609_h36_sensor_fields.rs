// Weather station readings; field names are misspelled in a few places.
#[derive(Debug, Clone, Copy)]
struct Reading {
    station: u16,
    temperature: f32,
    humidity: u8,
    wind_kph: f32,
}

struct Summary {
    count: u32,
    max_temp: f32,
    min_temp: f32,
    windiest: u16,
}

impl Summary {
    fn new() -> Summary {
        Summary { count: 0, max_temp: f32::MIN, min_temp: f32::MAX, windiest: 0 }
    }

    fn add(&mut self, r: &Reading, best_wind: &mut f32) {
        self.count += 1;
        // mistake: `temp` instead of `temperature`
        if r.temp > self.max_temp {
            self.max_temp = r.temperature;
        }
        if r.temperature < self.min_temp {
            self.min_temp = r.temperature;
        }
        if r.wind_kph > *best_wind {
            *best_wind = r.wind_kph;
            self.windiest = r.station;
        }
    }
}

fn feels_like(r: &Reading) -> f32 {
    let humid = r.humidity as f32 / 100.0;
    r.temperature + humid * 3.0 - r.wind_kph * 0.1
}

fn main() {
    let readings = [
        Reading { station: 1, temperature: 21.5, humidity: 40, wind_kph: 12.0 },
        Reading { station: 2, temperature: 18.25, humidity: 85, wind_kph: 30.5 },
        // mistake: `humidty` in the literal
        Reading { station: 3, temperature: 25.0, humidty: 20, wind_kph: 5.0 },
    ];
    let mut summary = Summary::new();
    let mut best = 0.0f32;
    for r in &readings {
        summary.add(r, &mut best);
        println!("station {} feels like {:.1}", r.station, feels_like(r));
    }
    println!("{} readings, {:.2}..{:.2}", summary.count, summary.min_temp, summary.max_temp);
    // mistake: `windy` is not a field
    println!("windiest station {} at {}", summary.windy, best);
}
