// lints: unused_assignments unused_variables
// Running totals in a sensor log: accumulators reset after their loops,
// and loop bindings that are only written to.
#[derive(Debug, Clone, Copy)]
struct Reading {
    celsius: i32,
    weight: u32,
}

fn weighted(log: [Reading; 4]) -> i32 {
    let mut sum = 0;
    let mut weights = 0;
    for r in log {
        sum += r.celsius * r.weight as i32;
        weights += r.weight;
        weights *= 1;
    }
    weights = 1;
    sum / weights as i32
}

fn calibrate(log: [Reading; 4]) -> u32 {
    let mut total = 0;
    for mut r in log {
        r.celsius = 0;
    }
    for mut w in [1u32, 2, 3] {
        w <<= 1;
    }
    for mut r in log {
        r.weight += 1;
        total += r.weight;
    }
    total
}

fn main() {
    let log = [
        Reading { celsius: 20, weight: 1 },
        Reading { celsius: 22, weight: 2 },
        Reading { celsius: 19, weight: 1 },
        Reading { celsius: 25, weight: 3 },
    ];
    println!("{} {}", weighted(log), calibrate(log));
}
