// Calendar arithmetic: leap years, days in month, day of week, and ordinal dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

pub const fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub const fn days_in_month(y: i32, m: u8) -> u8 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(())?;
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (may be negative).
    pub fn to_days(self) -> i64 {
        let (y, m) = if self.month <= 2 { (self.year as i64 - 1, self.month as i64 + 9) } else { (self.year as i64, self.month as i64 - 3) };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let doy = (153 * m + 2) / 5 + self.day as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn weekday(self) -> Weekday {
        use Weekday::*;
        [Thu, Fri, Sat, Sun, Mon, Tue, Wed][self.to_days().rem_euclid(7) as usize]
    }

    pub fn ordinal(self) -> u16 {
        (1..self.month).map(|m| days_in_month(self.year, m) as u16).sum::<u16>() + self.day as u16
    }
}

fn main() {
    let d = Date::new(2024, 2, 29).expect("valid leap day");
    println!("{d:?} {:?} day {} of year, {} days since epoch", d.weekday(), d.ordinal(), d.to_days());
    println!("{:?} {:?}", Date::new(2023, 2, 29), Date::new(2000, 13, 1));
    println!("{:?} {}", Date::new(1970, 1, 1).map(Date::weekday), Date::new(1999, 12, 31) < Date::new(2000, 1, 1));
}
