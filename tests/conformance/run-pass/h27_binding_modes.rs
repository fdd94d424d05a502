// Default binding modes, `ref`/`ref mut`, and `@` bindings with ranges.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low(u8),
    High { value: u16, alarm: bool },
}

#[derive(Debug)]
struct Sensor {
    name: char,
    level: Level,
    reads: u32,
}

fn describe(s: &Sensor) -> u32 {
    match &s.level {
        Level::Low(v @ 0..=9) => *v as u32,
        Level::Low(v) => *v as u32 * 2,
        Level::High { value, alarm: true } => *value as u32 + 1000,
        Level::High { value, .. } => *value as u32,
    }
}

fn bump(s: &mut Sensor) {
    let Sensor { reads, level, .. } = s;
    *reads += 1;
    if let Level::High { alarm, .. } = level {
        *alarm = !*alarm;
    }
}

fn main() {
    let mut sensors = [
        Sensor { name: 'a', level: Level::Low(4), reads: 0 },
        Sensor { name: 'b', level: Level::Low(40), reads: 0 },
        Sensor { name: 'c', level: Level::High { value: 300, alarm: false }, reads: 0 },
    ];
    for s in sensors.iter_mut() {
        bump(s);
    }
    for s in &sensors {
        println!("{} -> {} (reads {})", s.name, describe(s), s.reads);
    }
    let pair = (Level::Low(1), 7u32);
    let (ref first, ref mut second) = (pair.0, pair.1);
    *second += 1;
    println!("{:?} {}", first, second);
    let Sensor { ref mut reads, name, .. } = sensors[0];
    *reads += 10;
    println!("{} {}", name, sensors[0].reads);
    let code = match sensors[2].reads {
        n @ 0..=1 => n * 100,
        n @ 2.. => n,
    };
    println!("code {}", code);
    let grid = [[1u8, 2, 3], [4, 5, 6]];
    for &[a, _, c] in &grid {
        println!("{} {}", a, c);
    }
}
