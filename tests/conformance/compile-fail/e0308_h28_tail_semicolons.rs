// Functions whose tail expression was turned into a statement.
#[derive(Clone, Copy)]
struct Reading {
    celsius: f64,
    humidity: u8,
}

fn fahrenheit(r: Reading) -> f64 {
    r.celsius * 9.0 / 5.0 + 32.0;
}

fn comfortable(r: Reading) -> bool {
    let warm_enough = r.celsius >= 19.0;
    let dry_enough = r.humidity < 60;
    warm_enough && dry_enough;
}

fn bucket(r: Reading) -> u8 {
    if r.humidity > 80 {
        return 3;
    }
    match r.humidity {
        0..=30 => 0,
        31..=55 => 1,
        _ => 2,
    };
}

fn dew_point(r: Reading) -> f64 {
    let a = 17.27;
    let b = 237.7;
    let alpha = (a * r.celsius) / (b + r.celsius) + (r.humidity as f64 / 100.0).ln();
    let value = (b * alpha) / (a - alpha);
    {
        value;
    }
}

fn main() {
    let readings = [Reading { celsius: 21.5, humidity: 45 }, Reading { celsius: 17.0, humidity: 85 }];
    for r in readings {
        println!("{:.1}F ok={} bucket={} dew={:.1}", fahrenheit(r), comfortable(r), bucket(r), dew_point(r));
    }
}
