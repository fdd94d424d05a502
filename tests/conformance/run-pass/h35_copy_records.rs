// Records that derive Clone and Copy can be moved out of references,
// arrays and slices freely.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Temp {
    celsius: f32,
    hour: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Trend {
    Rising,
    Falling,
    Flat,
}

#[derive(Debug, Clone, Copy)]
struct Day {
    temps: [Temp; 4],
    trend: Trend,
}

fn warmest(temps: &[Temp]) -> Temp {
    let mut best = temps[0];
    for i in 1..temps.len() {
        if temps[i].celsius > best.celsius {
            best = temps[i];
        }
    }
    best
}

fn trend_of(temps: &[Temp; 4]) -> Trend {
    let [first, .., last] = *temps;
    if last.celsius > first.celsius + 0.5 {
        Trend::Rising
    } else if last.celsius + 0.5 < first.celsius {
        Trend::Falling
    } else {
        Trend::Flat
    }
}

fn day_copy(d: &Day) -> Day {
    *d
}

fn main() {
    let mut week = [Day { temps: [Temp { celsius: 0.0, hour: 0 }; 4], trend: Trend::Flat }; 3];
    let readings = [
        [3.5, 7.0, 11.25, 9.0],
        [12.0, 10.5, 8.0, 6.5],
        [5.0, 5.5, 5.25, 5.0],
    ];
    for d in 0..3 {
        for h in 0..4 {
            week[d].temps[h] = Temp { celsius: readings[d][h], hour: (h * 6) as u8 };
        }
        week[d].trend = trend_of(&week[d].temps);
    }
    for d in week {
        let w = warmest(&d.temps);
        println!("{:?} warmest {:.2} at {:02}h", d.trend, w.celsius, w.hour);
    }
    let copy = day_copy(&week[1]);
    let r = &week;
    let middle = r[1].temps[2];
    println!("{:?} {:?} {}", copy.trend, middle, copy.temps[0] == week[1].temps[0]);
    let t = (week[0].trend, week[2].trend);
    match t {
        (Trend::Rising, Trend::Flat) => println!("warming then calm"),
        _ => println!("other"),
    }
}
