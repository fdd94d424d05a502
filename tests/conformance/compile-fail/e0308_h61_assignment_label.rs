// reassigning a variable with a value of another type
fn main() {
    let temps = [21.5, 19.0, 23.25];
    let mut warmest = 0;
    for t in temps {
        if t > warmest as f64 {
            warmest = t;
        }
    }
    let mut label = "cold";
    if warmest > 20 {
        label = 1;
    }
    println!("{} {}", warmest, label);
}
