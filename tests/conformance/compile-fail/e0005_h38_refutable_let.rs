// Using a refutable pattern in a plain `let`.
#[derive(Debug)]
enum Reading {
    Celsius(f64),
    Fahrenheit(f64),
    Missing,
}

fn sample(i: u32) -> Reading {
    match i % 3 {
        0 => Reading::Celsius(21.5),
        1 => Reading::Fahrenheit(70.7),
        _ => Reading::Missing,
    }
}

fn main() {
    let first = sample(0);
    let Reading::Celsius(c) = first;
    println!("celsius {c}");
    let pair = (sample(1), 5);
    let (Reading::Fahrenheit(f), n) = pair;
    println!("{f} {n}");
    let level: u8 = 3;
    let 1..=5 = level;
}
