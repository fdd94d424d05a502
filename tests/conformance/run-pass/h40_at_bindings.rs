#[derive(Debug, Clone, Copy)]
enum Reading {
    Temp(i16),
    Humidity(u8),
    Pressure { hpa: u16 },
}

fn alert(r: Reading) -> &'static str {
    match r {
        Reading::Temp(t @ i16::MIN..=-10) if t < -40 => "extreme cold",
        Reading::Temp(-40..=-10) => "cold",
        Reading::Temp(t @ 35..) => {
            if t > 50 { "extreme heat" } else { "heat" }
        }
        Reading::Temp(_) => "ok",
        Reading::Humidity(h @ (0..=10 | 90..=100)) => {
            if h < 50 { "dry" } else { "humid" }
        }
        Reading::Humidity(101..) => "sensor error",
        Reading::Humidity(_) => "ok",
        whole @ Reading::Pressure { hpa: ..=950 } => {
            println!("storm: {:?}", whole);
            "storm"
        }
        Reading::Pressure { .. } => "ok",
    }
}

fn main() {
    let rs = [
        Reading::Temp(-55),
        Reading::Temp(-12),
        Reading::Temp(20),
        Reading::Temp(52),
        Reading::Humidity(5),
        Reading::Humidity(95),
        Reading::Humidity(120),
        Reading::Pressure { hpa: 940 },
        Reading::Pressure { hpa: 1013 },
    ];
    for r in rs {
        println!("{}", alert(r));
    }
}
