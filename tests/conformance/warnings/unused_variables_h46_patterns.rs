// lints: unused_variables
#[derive(Debug, Clone, Copy)]
enum Reading {
    Temp { celsius: i32, sensor: u8 },
    Humidity(u8, u8),
    Pressure { hpa: u32 },
    Offline,
}

struct Station {
    id: u32,
    readings: [Reading; 4],
}

fn summarize(r: Reading) -> i32 {
    match r {
        Reading::Temp { celsius, sensor } => celsius * 2,
        Reading::Humidity(pct, slot) => pct as i32,
        Reading::Pressure { hpa: value } => 0,
        Reading::Offline => -1,
    }
}

fn pair_sum(pair: (i32, i32), scale: i32) -> i32 {
    let (a, b) = pair;
    a * 3
}

fn walk(station: &Station) -> i32 {
    let mut total = 0;
    for (idx, r) in station.readings.iter().enumerate() {
        total += summarize(*r);
    }
    for i in 0..3 {
        total += 1;
    }
    for _j in 0..2 {
        total -= 1;
    }
    total
}

fn first_temp(rs: &[Reading]) -> i32 {
    let [first, .., last] = rs else {
        return 0;
    };
    if let Reading::Temp { celsius, .. } = first {
        return *celsius;
    }
    0
}

fn by_ref(s: &Station) -> u32 {
    let Station { id, ref readings } = *s;
    id
}

fn main() {
    let st = Station {
        id: 7,
        readings: [
            Reading::Temp { celsius: 20, sensor: 1 },
            Reading::Humidity(40, 2),
            Reading::Pressure { hpa: 1013 },
            Reading::Offline,
        ],
    };
    let unused_total = walk(&st);
    let p @ (x, y) = (1, 2);
    println!("{}", pair_sum((x, 4), 2));
    println!("{}", first_temp(&st.readings));
    println!("{}", by_ref(&st));
    let mut count = 0;
    while let Reading::Humidity(step, _) = next_step(count) {
        count += 1;
    }
    let _ok = 3;
}

fn next_step(n: i32) -> Reading {
    if n < 3 { Reading::Humidity(n as u8, 0) } else { Reading::Offline }
}
