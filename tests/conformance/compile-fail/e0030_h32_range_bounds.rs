fn tariff(kwh: u32) -> u32 {
    match kwh {
        0..=100 => kwh * 5,
        101..=300 => 500 + (kwh - 100) * 7,
        600..=301 => 1900 + (kwh - 300) * 9,
        _ => 5000,
    }
}

fn level(temp: i8) -> &'static str {
    match temp {
        -50..=-1 => "freezing",
        0..=15 => "cold",
        16..=25 => "mild",
        40..=26 => "hot",
        _ => "extreme",
    }
}

fn main() {
    for k in [50, 200, 450, 900] {
        println!("{} -> {}", k, tariff(k));
    }
    println!("{}", level(30));
}
