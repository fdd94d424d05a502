// A thermostat controller that tries to reassign immutable bindings.
#[derive(Debug, Clone, Copy)]
struct Reading {
    celsius: i32,
    sensor: u8,
}

fn smooth(r: Reading, prev: i32) -> i32 {
    let avg = (r.celsius + prev) / 2;
    if avg > 40 {
        avg = 40;
    }
    avg
}

fn adjust(target: i32, (lo, hi): (i32, i32)) -> i32 {
    if target < lo {
        lo += 1;
        return lo;
    }
    target.min(hi)
}

fn main() {
    let readings = [Reading { celsius: 19, sensor: 1 }, Reading { celsius: 23, sensor: 2 }];
    let total = 0;
    for r in readings {
        total += r.celsius;
        r.sensor = 0;
    }
    println!("{}", total);
    let Reading { celsius, sensor } = readings[0];
    celsius = smooth(readings[1], celsius);
    println!("{} {}", celsius, sensor);
    let setpoint;
    setpoint = 21;
    setpoint = adjust(setpoint, (18, 25));
    println!("{}", setpoint);
    let mode = match sensor {
        1 => "heat",
        _ => "cool",
    };
    if let Reading { celsius: c, .. } = readings[1] {
        c -= 1;
        println!("{} {}", c, mode);
    }
}
