// lints: irrefutable_let_patterns unused_variables
// if let / while let with patterns that always match.
#[derive(Debug, Clone, Copy)]
struct Sensor {
    id: u8,
    value: i16,
}

fn report(s: Sensor) {
    if let Sensor { id, value } = s {
        println!("sensor {} -> {}", id, value);
    }
}

fn main() {
    let sensors = [Sensor { id: 1, value: -4 }, Sensor { id: 2, value: 19 }];
    for s in sensors {
        report(s);
    }
    let mut tries = 0;
    while let t = tries {
        tries += 1;
        if tries > 3 {
            break;
        }
    }
    println!("{}", tries);
}
