// Deferred initialisation that is only definitely assigned because `loop`
// can exit through `break` alone, plus assignments in every match arm.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Reading {
    Missing,
    Value(i32),
    Error(u8),
}

fn first_valid(readings: &[Reading]) -> i32 {
    let found: i32;
    let mut i = 0;
    loop {
        if i >= readings.len() {
            found = -1;
            break;
        }
        if let Reading::Value(v) = readings[i] {
            found = v;
            break;
        }
        i += 1;
    }
    found
}

fn severity(r: Reading) -> &'static str {
    let label;
    match r {
        Reading::Missing => label = "none",
        Reading::Value(v) if v > 100 => label = "high",
        Reading::Value(_) => label = "ok",
        Reading::Error(code) => {
            if code == 0 {
                return "bogus";
            }
            label = "fault";
        }
    }
    label
}

fn main() {
    let data = [Reading::Missing, Reading::Error(3), Reading::Value(140), Reading::Value(7)];
    println!("first valid: {}", first_valid(&data));
    println!("first valid of empty: {}", first_valid(&[]));
    for r in data {
        println!("{:?} -> {}", r, severity(r));
    }
    println!("{}", severity(Reading::Error(0)));

    let total: i32;
    'sum: {
        let mut acc = 0;
        for r in &data {
            match *r {
                Reading::Value(v) => acc += v,
                Reading::Error(_) => {
                    total = -acc;
                    break 'sum;
                }
                Reading::Missing => {}
            }
        }
        total = acc;
    }
    println!("total = {}", total);
}
