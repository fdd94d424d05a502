#[derive(Debug, Clone, Copy)]
enum Reading {
    Temp(f64),
    Humidity(u8),
    Error { code: u16 },
}

fn assess(r: Reading) -> &'static str {
    match r {
        Reading::Temp(t) if t > 40.0 => "hot",
        Reading::Temp(t) if t < 0.0 => "freezing",
        Reading::Temp(_) => "mild",
        Reading::Humidity(h @ 0..=30) if h < 10 => "arid",
        Reading::Humidity(0..=30) => "dry",
        Reading::Humidity(31..=70) => "comfortable",
        Reading::Humidity(71..=u8::MAX) => "humid",
        Reading::Error { code } if code >= 500 => "sensor fault",
        Reading::Error { .. } => "transient error",
    }
}

fn main() {
    let rs = [
        Reading::Temp(45.0),
        Reading::Temp(-3.0),
        Reading::Humidity(5),
        Reading::Humidity(50),
        Reading::Humidity(90),
        Reading::Error { code: 503 },
        Reading::Error { code: 12 },
    ];
    for r in rs {
        println!("{:?} => {}", r, assess(r));
    }
}
