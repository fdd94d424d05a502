const MIN_AGE: u32 = 18;
const RETIRE: u32 = 67;
const MAX_AGE: u32 = 150;

fn status(age: u32) -> &'static str {
    match age {
        0 => "newborn",
        1..MIN_AGE => "minor",
        MIN_AGE..RETIRE => "working age",
        RETIRE..=MAX_AGE => "retired",
        _ => "invalid",
    }
}

fn main() {
    for a in [0u32, 10, 18, 40, 67, 200] {
        println!("{} {}", a, status(a));
    }
}
