// Battery gauge helpers misusing primitive methods.
const CAPACITY: u32 = 5000;

fn percent(charge: u32) -> u32 {
    (charge * 100 / CAPACITY).min(100)
}

fn drain(charge: u32, load: u32) -> u32 {
    charge.saturating_sub(load, 1)
}

fn label(level: u32) -> char {
    if level.is_power_of_two() { 'p' } else { 'n' }
}

fn smooth(prev: f64, next: f64) -> f64 {
    prev.mul_add(0.5)
}

fn main() {
    let c = drain(4800, 300);
    let p = percent(c);
    let big = p.pow(2u32, 3);
    let clipped = p.clamp(10);
    println!("{} {} {} {} {}", c, p, label(p), big, clipped);
    println!("{}", smooth(1.0, 2.0));
    let t = 3.7f64;
    println!("{}", t.floor(1));
}
