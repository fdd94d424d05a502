// Date calculations: day of year, weekday (Sakamoto), days between dates.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    y: i32,
    m: u32,
    d: u32,
}

const CUM: [u32; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

fn leap(y: i32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn day_of_year(dt: Date) -> u32 {
    CUM[(dt.m - 1) as usize] + dt.d + if dt.m > 2 && leap(dt.y) { 1 } else { 0 }
}

fn weekday(dt: Date) -> usize {
    let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
    let y = if dt.m < 3 { dt.y - 1 } else { dt.y };
    let w = y + y / 4 - y / 100 + y / 400 + t[dt.m as usize - 1] + dt.d as i32;
    w.rem_euclid(7) as usize
}

fn days_from_epoch(dt: Date) -> i64 {
    let mut days: i64 = 0;
    for y in 1970..dt.y {
        days += if leap(y) { 366 } else { 365 };
    }
    days + day_of_year(dt) as i64 - 1
}

fn main() {
    let dates = [
        Date { y: 2024, m: 2, d: 29 },
        Date { y: 2000, m: 1, d: 1 },
        Date { y: 1999, m: 12, d: 31 },
        Date { y: 2026, m: 11, d: 23 },
    ];
    for dt in dates {
        println!("{:04}-{:02}-{:02} doy {:>3} {} epoch {}", dt.y, dt.m, dt.d, day_of_year(dt), NAMES[weekday(dt)], days_from_epoch(dt));
    }
    let span = days_from_epoch(dates[3]) - days_from_epoch(dates[0]);
    println!("{} days, {} weeks and {} days", span, span / 7, span % 7);
    let mut earliest = dates[0];
    for dt in dates {
        if dt < earliest {
            earliest = dt;
        }
    }
    println!("earliest {:?} later than 2000-01-01: {}", earliest, dates[3] > dates[1]);
}
