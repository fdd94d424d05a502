// Early lints (unused_parens, while_true, non_camel_case_types) come out
// even when the crate has errors, after the resolution errors and before
// the type errors, in source order.
use std::fmt;

struct sensor_frame {
    id: u16,
    value: i32,
}

fn average(frames: &[sensor_frame; 3]) -> i32 {
    let mut sum = 0;
    for f in frames.iter() {
        sum += (f.value);
    }
    sum / 3
}

fn poll(limit: i32) -> i32 {
    let mut seen = 0;
    while (true) {
        seen += 1;
        if seen > limit {
            break;
        }
    }
    let ratio: i32 = 2.5;
    seen * ratio + missing_offset
}

enum Level {
    Low,
    very_high,
}

fn main() {
    let frames = [
        sensor_frame { id: 1, value: 10 },
        sensor_frame { id: 2, value: 20 },
        sensor_frame { id: 3, value: 30 },
    ];
    let flag: bool = average(&frames);
    let level = if poll(4) > 3 { Level::very_high } else { Level::Low };
    match level {
        Level::Low => println!("low {}", frames[0].id),
        Level::very_high => println!("high {}", flag),
    }
}
