// A lookup table whose entries and lengths do not agree with its declared type.
const RATES: [f64; 3] = [0.05, 0.1, 0.15, 0.2];

fn rate_for(level: usize) -> f64 {
    RATES[level]
}

fn main() {
    let levels: [usize; 3] = [0, 1, 2u8];
    let names = ["bronze", "silver", 3];
    for l in levels {
        println!("{} {}", names[l], rate_for(l));
    }
}
