// A small calendar library: leap years, day-of-week, month lengths and
// printing a month grid. Split into nested modules inside one file.

mod cal {
    pub mod consts {
        pub const DAYS_IN_WEEK: u32 = 7;
        pub(crate) const MONTH_NAMES: [&str; 12] = [
            "January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December",
        ];
        pub const WEEKDAY_ABBR: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
        const EPOCH_YEAR: i32 = 1970;

        pub fn epoch() -> i32 {
            EPOCH_YEAR
        }
    }

    pub mod date {
        use super::consts::DAYS_IN_WEEK;

        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
        pub struct Date {
            pub year: i32,
            pub month: u8,
            pub day: u8,
        }

        pub fn is_leap(year: i32) -> bool {
            (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        }

        pub fn days_in_month(year: i32, month: u8) -> u8 {
            match month {
                1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                4 | 6 | 9 | 11 => 30,
                2 => {
                    if is_leap(year) {
                        29
                    } else {
                        28
                    }
                }
                _ => 0,
            }
        }

        fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
            // Howard Hinnant's algorithm
            let y = if m <= 2 { y - 1 } else { y } as i64;
            let era = if y >= 0 { y } else { y - 399 } / 400;
            let yoe = y - era * 400;
            let m = m as i64;
            let mp = if m > 2 { m - 3 } else { m + 9 };
            let doy = (153 * mp + 2) / 5 + d as i64 - 1;
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
            era * 146097 + doe - 719468
        }

        impl Date {
            pub fn new(year: i32, month: u8, day: u8) -> Date {
                Date { year, month, day }
            }

            pub fn is_valid(&self) -> bool {
                self.month >= 1 && self.month <= 12 && self.day >= 1 && self.day <= days_in_month(self.year, self.month)
            }

            pub fn ordinal(&self) -> i64 {
                days_from_civil(self.year, self.month, self.day)
            }

            /// 0 = Monday .. 6 = Sunday
            pub fn weekday(&self) -> u32 {
                // 1970-01-01 was a Thursday (3)
                ((self.ordinal() + 3).rem_euclid(DAYS_IN_WEEK as i64)) as u32
            }

            pub fn day_of_year(&self) -> u32 {
                let mut total = self.day as u32;
                for m in 1..self.month {
                    total += days_in_month(self.year, m) as u32;
                }
                total
            }

            pub fn next_day(self) -> Date {
                let dim = days_in_month(self.year, self.month);
                if self.day < dim {
                    Date { day: self.day + 1, ..self }
                } else if self.month < 12 {
                    Date { month: self.month + 1, day: 1, ..self }
                } else {
                    Date { year: self.year + 1, month: 1, day: 1 }
                }
            }
        }

        pub fn between(a: Date, b: Date) -> i64 {
            b.ordinal() - a.ordinal()
        }
    }

    pub mod print {
        use super::consts::{MONTH_NAMES, WEEKDAY_ABBR};
        use super::date::{days_in_month, Date};

        pub fn month_grid(year: i32, month: u8) {
            println!("{:^20}", MONTH_NAMES[(month - 1) as usize]);
            for abbr in WEEKDAY_ABBR.iter() {
                print!("{} ", abbr);
            }
            println!();
            let first = Date::new(year, month, 1).weekday();
            for _ in 0..first {
                print!("   ");
            }
            let mut col = first;
            for d in 1..=days_in_month(year, month) {
                print!("{:>2} ", d);
                col += 1;
                if col == 7 {
                    println!();
                    col = 0;
                }
            }
            if col != 0 {
                println!();
            }
        }
    }

    pub use self::date::Date;
}

use cal::date::{between, is_leap};
use cal::Date;

fn main() {
    let years = [1900, 2000, 2023, 2024];
    for y in years {
        println!("{} leap: {}", y, is_leap(y));
    }
    let start = Date::new(2024, 2, 27);
    let mut d = start;
    for _ in 0..5 {
        println!("{:?} weekday={} doy={}", d, d.weekday(), d.day_of_year());
        d = d.next_day();
    }
    let end = Date::new(2025, 1, 1);
    println!("{} days from {:?} to {:?}", between(start, end), start, end);
    cal::print::month_grid(2024, 2);

    let bad = Date::new(2023, 2, 29);
    if !bad.is_valid() {
        println!("{:?} is not a real date", bad);
    }
    let raw = cal::date::days_from_civil(2000, 1, 1);
    println!("2000-01-01 is day {} since {}", raw, cal::consts::epoch());
    let week: u8 = cal::consts::DAYS_IN_WEEK;
    println!("{} days a week", week);
}
