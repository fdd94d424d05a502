pub mod weekday;

use self::weekday::Weekday;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

pub const MONTH_DAYS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    if month == 2 && is_leap(year) { 29 } else { MONTH_DAYS[(month - 1) as usize] }
}

impl Date {
    pub fn new(year: i32, month: u8, day: u8) -> Date {
        assert!(month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month));
        Date { year, month, day }
    }

    pub fn next(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Date { month: self.month + 1, day: 1, ..self }
        } else {
            Date { year: self.year + 1, month: 1, day: 1 }
        }
    }

    pub fn add_days(self, n: u32) -> Date {
        let mut d = self;
        for _ in 0..n {
            d = d.next();
        }
        d
    }

    pub(crate) fn ordinal(self) -> i64 {
        // days since 0000-03-01, proleptic Gregorian
        let (y, m) = if self.month <= 2 { (self.year as i64 - 1, self.month as i64 + 9) } else { (self.year as i64, self.month as i64 - 3) };
        365 * y + y.div_euclid(4) - y.div_euclid(100) + y.div_euclid(400) + (153 * m + 2) / 5 + self.day as i64 - 1
    }

    pub fn weekday(self) -> Weekday {
        Weekday::from_index((self.ordinal() + 2).rem_euclid(7) as u8)
    }
}
