// A rainfall report iterating by reference and confusing values with structs.
#[derive(Debug, Clone, Copy)]
struct Day {
    mm: u32,
    station: u8,
}

fn wettest(days: &[Day]) -> u32 {
    let mut best = 0;
    for d in days {
        if d.mm > best {
            best = d.mm;
        }
    }
    best
}

fn totals(readings: &[u32; 4]) -> u32 {
    let mut sum = 0;
    for r in readings {
        // `r` is a `&u32`, not a Day.
        sum += r.mm;
    }
    for (i, r) in readings.iter().enumerate() {
        // Tuple index on a reference to an integer.
        sum += r.0 + i as u32;
    }
    sum
}

fn station_ids(days: &[Day]) -> u32 {
    let mut ids = 0;
    for d in days.iter() {
        ids += d.station.id as u32;
        ids += d.statoin as u32;
    }
    ids
}

fn main() {
    let days = [Day { mm: 3, station: 1 }, Day { mm: 12, station: 2 }];
    let readings = [1, 2, 3, 4];
    let pair = &(4u8, 5u8);
    println!("{} {} {}", wettest(&days), totals(&readings), station_ids(&days));
    println!("{}", pair.1.low);
}
