// A binding introduced by a match arm and one introduced by `if let` are reassigned.
#[derive(Debug, Clone, Copy)]
enum Reading {
    Celsius(i32),
    Fahrenheit(i32),
    Missing,
}

fn normalise(r: Reading) -> i32 {
    match r {
        Reading::Celsius(c) => c,
        Reading::Fahrenheit(f) => {
            f = (f - 32) * 5 / 9;
            f
        }
        Reading::Missing => 0,
    }
}

fn main() {
    let readings = [Reading::Celsius(21), Reading::Fahrenheit(70), Reading::Missing];
    let mut warm = 0;
    for r in readings {
        if normalise(r) > 20 {
            warm += 1;
        }
    }
    println!("warm: {}", warm);
    if let Reading::Celsius(mut_me) = readings[0] {
        mut_me += 1;
        println!("adjusted {}", mut_me);
    }
}
