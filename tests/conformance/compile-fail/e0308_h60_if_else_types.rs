#[derive(Debug, Clone, Copy)]
enum Weather {
    Sunny,
    Rainy(u8),
    Windy { kmh: u16 },
}

fn advice(w: Weather) -> &'static str {
    match w {
        Weather::Sunny => "sunscreen",
        Weather::Rainy(mm) => if mm > 10 { "boots" } else { 0 },
        Weather::Windy { kmh } => {
            if kmh > 50 {
                "stay in"
            }
        }
    }
}

fn score(w: Weather) -> u32 {
    let s = match w {
        Weather::Sunny => 10,
        Weather::Rainy(_) => 2.5,
        Weather::Windy { .. } => 5,
    };
    s
}

fn label(w: &Weather) -> char {
    let c = if let Weather::Sunny = w { 'S' } else { "other" };
    c
}

fn main() {
    let days = [Weather::Sunny, Weather::Rainy(12), Weather::Windy { kmh: 60 }];
    let mut total = 0;
    for d in days {
        println!("{}", advice(d));
        total += score(d);
        println!("{}", label(&d));
    }
    let avg = total / days.len();
    println!("{}", avg);
}
