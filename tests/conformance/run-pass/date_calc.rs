// Day-of-week, leap years and day-of-year for a few fixed dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

const WEEKDAYS: [&str; 7] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => panic!("bad month {}", month),
    }
}

impl Date {
    fn day_of_year(&self) -> u32 {
        let mut n = self.day;
        for m in 1..self.month {
            n += days_in_month(self.year, m);
        }
        n
    }

    // Zeller-like formula (Sakamoto's method).
    fn weekday(&self) -> usize {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4];
        let y = if self.month < 3 { self.year - 1 } else { self.year };
        ((y + y / 4 - y / 100 + y / 400 + t[(self.month - 1) as usize] + self.day as i32) % 7) as usize
    }
}

fn main() {
    let dates = [
        Date { year: 2000, month: 2, day: 29 },
        Date { year: 1969, month: 7, day: 20 },
        Date { year: 2024, month: 12, day: 31 },
        Date { year: 1900, month: 3, day: 1 },
    ];
    for d in dates.iter() {
        println!("{:04}-{:02}-{:02}: {} day {} leap={}", d.year, d.month, d.day, WEEKDAYS[d.weekday()], d.day_of_year(), is_leap(d.year));
    }
    let mut earliest = dates[0];
    for d in dates {
        if d < earliest {
            earliest = d;
        }
    }
    println!("earliest: {:?}", earliest);
}
