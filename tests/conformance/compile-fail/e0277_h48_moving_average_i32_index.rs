// Moving average over sensor readings; the window loop counts with i32.
const READINGS: [f64; 8] = [20.5, 21.0, 22.25, 21.75, 23.0, 24.5, 24.0, 22.0];

fn average(xs: &[f64]) -> f64 {
    let mut sum = 0.0;
    for x in xs {
        sum += x;
    }
    sum / xs.len() as f64
}

fn main() {
    let window: i32 = 3;
    let mut i: i32 = 0;
    while i + window <= READINGS.len() as i32 {
        let mut s = 0.0;
        for k in 0..window {
            s += READINGS[i + k];
        }
        println!("window at {i}: {:.2}", s / window as f64);
        i += 1;
    }
    println!("overall: {:.2}", average(&READINGS));
    let last = READINGS[READINGS.len() as i32 - 1];
    println!("last: {last}");
}
