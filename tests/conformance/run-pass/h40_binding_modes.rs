#[derive(Debug)]
struct Sample {
    label: [u8; 3],
    values: [i32; 4],
}

#[derive(Debug)]
enum Source {
    Sensor(Sample),
    Manual { who: [u8; 2], value: i32 },
    Offline,
}

fn peak(s: &Source) -> i32 {
    match s {
        Source::Sensor(Sample { values, .. }) => {
            let mut best = values[0];
            for v in values {
                if *v > best {
                    best = *v;
                }
            }
            best
        }
        Source::Manual { value, .. } => *value,
        Source::Offline => i32::MIN,
    }
}

fn calibrate(s: &mut Source, offset: i32) {
    match s {
        Source::Sensor(sample) => {
            for i in 0..sample.values.len() {
                sample.values[i] += offset;
            }
        }
        Source::Manual { value, .. } => *value += offset,
        Source::Offline => {}
    }
}

fn label(s: &Source) -> [u8; 3] {
    match *s {
        Source::Sensor(Sample { ref label, .. }) => *label,
        Source::Manual { ref who, .. } => [who[0], who[1], b'?'],
        Source::Offline => *b"---",
    }
}

fn main() {
    let mut sources = [
        Source::Sensor(Sample { label: *b"t01", values: [3, 9, -2, 4] }),
        Source::Manual { who: *b"jo", value: 12 },
        Source::Offline,
    ];
    for i in 0..sources.len() {
        calibrate(&mut sources[i], 1);
    }
    for s in &sources {
        println!("{:?} {}", label(s), peak(s));
    }
    if let Source::Manual { who: [a, b], value } = &sources[1] {
        println!("{} {} {}", a, b, value);
    }
}
