// Scanning a slice of readings and keeping the best one by value.
#[derive(Debug)]
struct Reading {
    sensor: u16,
    value: i32,
}

fn best(readings: &[Reading]) -> Reading {
    let mut best_i = 0;
    for i in 1..readings.len() {
        if readings[i].value > readings[best_i].value {
            best_i = i;
        }
    }
    readings[best_i]
}

fn first_sensor(readings: &[Reading]) -> u16 {
    readings[0].sensor
}

fn collect_pairs(readings: &[Reading]) -> i32 {
    let mut total = 0;
    for i in 0..readings.len() {
        let r = readings[i];
        total += r.value;
    }
    total
}

fn peek(readings: &[Reading]) -> &Reading {
    &readings[readings.len() - 1]
}

fn main() {
    let rs = [
        Reading { sensor: 1, value: 40 },
        Reading { sensor: 2, value: 95 },
        Reading { sensor: 3, value: -5 },
    ];
    println!("{}", first_sensor(&rs));
    println!("{:?}", peek(&rs));
    println!("{}", collect_pairs(&rs[1..]));
    let b = best(&rs);
    println!("{:?}", b);
}
