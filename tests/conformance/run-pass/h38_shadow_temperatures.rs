// Chapter 3 style: variables, shadowing, constants, tuples and arrays.
const FREEZING_F: f64 = 32.0;
const DAYS: usize = 7;

fn to_celsius(f: f64) -> f64 {
    (f - FREEZING_F) * 5.0 / 9.0
}

fn main() {
    let readings = [41.0, 50.5, 68.0, 77.0, 32.0, 14.0, 98.6];
    let x = 5;
    let x = x + 1;
    {
        let x = x * 2;
        println!("The value of x in the inner scope is: {x}");
    }
    println!("The value of x is: {x}");

    // shadowing lets us change the type
    let spaces = "   ";
    let spaces = spaces.len();
    println!("spaces = {}", spaces);

    let mut total = 0.0;
    let mut coldest = readings[0];
    for i in 0..DAYS {
        let c = to_celsius(readings[i]);
        total += c;
        if readings[i] < coldest {
            coldest = readings[i];
        }
        println!("day {}: {:.1}F = {:.2}C", i + 1, readings[i], c);
    }
    let average = total / DAYS as f64;
    println!("average {:.3}C, coldest {}F", average, coldest);

    let tup: (i32, f64, u8) = (500, 6.4, 1);
    let (a, b, c) = tup;
    println!("a={a} b={b} c={c} first={}", tup.0);

    let months = ["Jan", "Feb", "Mar"];
    let first = months[0];
    let guess: u32 = 42;
    let big = guess as u64 * 1_000_000;
    println!("{first} {} {big}", months.len());

    let heat = true;
    let label = if heat { "warm" } else { "cold" };
    println!("label: {label}");
}
