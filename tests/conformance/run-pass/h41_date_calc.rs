// Calendar arithmetic on a derived-ordered Date: weekdays, day counts, adding days.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Weekday { Mon, Tue, Wed, Thu, Fri, Sat, Sun }

const WEEKDAYS: [Weekday; 7] = [
    Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu,
    Weekday::Fri, Weekday::Sat, Weekday::Sun,
];

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("bad month {}", m),
    }
}

impl Date {
    fn new(year: i32, month: u8, day: u8) -> Date {
        assert!(month >= 1 && month <= 12, "bad month {month}");
        assert!(day >= 1 && day <= days_in_month(year, month));
        Date { year, month, day }
    }

    /// Days since 1970-01-01 (civil-from-days inverse, Howard Hinnant's algorithm).
    fn to_days(self) -> i64 {
        let y = self.year as i64 - if self.month <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = self.month as i64;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400) as i32 + (month <= 2) as i32;
        Date { year, month, day }
    }

    fn weekday(self) -> Weekday {
        // 1970-01-01 was a Thursday
        WEEKDAYS[(self.to_days() + 3).rem_euclid(7) as usize]
    }

    fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days() + n)
    }
}

fn main() {
    let dates = [
        Date::new(2024, 2, 29),
        Date::new(1970, 1, 1),
        Date::new(2000, 12, 31),
        Date::new(1969, 7, 20),
        Date::new(2038, 1, 19),
    ];
    for d in dates {
        let back = Date::from_days(d.to_days());
        assert_eq!(back, d);
        println!("{:04}-{:02}-{:02} day {:>6} {:?}", d.year, d.month, d.day, d.to_days(), d.weekday());
    }
    let mut sorted = dates;
    for i in 0..sorted.len() {
        for j in 0..sorted.len() - 1 - i {
            if sorted[j] > sorted[j + 1] {
                let t = sorted[j];
                sorted[j] = sorted[j + 1];
                sorted[j + 1] = t;
            }
        }
    }
    println!("earliest {:?}", sorted[0]);
    println!("latest {:?}", sorted[sorted.len() - 1]);
    let d = Date::new(2023, 12, 25).add_days(100);
    println!("100 days after xmas 2023: {}-{}-{} ({:?})", d.year, d.month, d.day, d.weekday());
    let span = dates[4].to_days() - dates[1].to_days();
    println!("epoch to 2038: {} days, {} weeks", span, span / 7);
    let mut fridays13 = 0;
    let mut day = Date::new(2026, 1, 13);
    while day.year == 2026 {
        if day.weekday() == Weekday::Fri {
            fridays13 += 1;
        }
        day = if day.month == 12 { Date { year: 2027, ..day } } else { Date { month: day.month + 1, ..day } };
    }
    println!("friday the 13ths in 2026: {}", fridays13);
}
