//! Calendar arithmetic used by the planner.

pub const DAYS_PER_WEEK: u32 = 7;
const monthCount: u32 = 12;

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

pub fn is_leap(y: u32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

pub fn days_in_month(y: u32, m: u32) -> u32 {
    let mut days = 0;
    days = match m {
        2 => if is_leap(y) { 29 } else { 28 },
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    days
}

pub fn weekday_after(start: Weekday, n: u32) -> Weekday {
    let idx = (start as u32 + n) % DAYS_PER_WEEK;
    match idx {
        0 => Weekday::Mon,
        1 => Weekday::Tue,
        2 => Weekday::Wed,
        3 => Weekday::Thu,
        4 => Weekday::Fri,
        5 => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

fn months_left(m: u32) -> u32 {
    monthCount - m
}
