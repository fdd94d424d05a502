// if/else and match arms with different types.
enum Weather {
    Sunny,
    Rainy(u32),
    Snowy { cm: f64 },
}

fn advice(w: &Weather) -> &'static str {
    match w {
        Weather::Sunny => "sunscreen",
        Weather::Rainy(mm) => if *mm > 10 { "umbrella" } else { 0 },
        Weather::Snowy { .. } => "boots",
    }
}

fn main() {
    let condition = true;
    let number = if condition { 5 } else { "six" };
    println!("The value of number is: {number}");

    let today = Weather::Snowy { cm: 2.5 };
    let depth = match today {
        Weather::Snowy { cm } => cm,
        Weather::Rainy(mm) => mm,
        Weather::Sunny => 0.0,
    };
    println!("{} {}", depth, advice(&Weather::Rainy(3)));
}
