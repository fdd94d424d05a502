// Daily temperature statistics from a fixed week of readings.
const READINGS: [[f64; 4]; 7] = [
    [12.5, 17.0, 21.25, 15.0],
    [11.0, 16.5, 19.75, 14.5],
    [9.5, 13.0, 15.5, 12.0],
    [10.0, 18.5, 24.0, 17.5],
    [14.25, 20.0, 26.5, 19.0],
    [15.0, 22.5, 28.75, 21.0],
    [13.5, 19.0, 23.0, 16.25],
];
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn mean(values: &[f64]) -> f64 {
    let mut sum = 0.0;
    for v in values {
        sum += v;
    }
    sum / values.len() as f64
}

fn std_dev(values: &[f64]) -> f64 {
    let m = mean(values);
    let mut acc = 0.0;
    for v in values {
        acc += (v - m).powi(2);
    }
    (acc / values.len() as f64).sqrt()
}

fn to_fahrenheit(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn main() {
    let mut warmest = 0;
    let mut all = [0.0; 28];
    for (d, day) in READINGS.iter().enumerate() {
        let avg = mean(day);
        let mut hi = f64::NEG_INFINITY;
        for &r in day.iter() {
            hi = hi.max(r);
        }
        for (k, r) in day.iter().enumerate() {
            all[d * 4 + k] = *r;
        }
        if avg > mean(&READINGS[warmest]) {
            warmest = d;
        }
        println!("{} avg {:6.2}C ({:.1}F) max {:5.2} sd {:.3}", DAYS[d], avg, to_fahrenheit(avg), hi, std_dev(day));
    }
    println!("warmest day: {}", DAYS[warmest]);
    println!("week mean {:.4}, sd {:.4}", mean(&all), std_dev(&all));
    println!("{} {} {}", 0.1 + 0.2, 1e21, 1.0 / 3.0);
}
