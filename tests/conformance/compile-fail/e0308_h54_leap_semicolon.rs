// Calendar helpers: leap years, weekday via Zeller, month names table.
const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
];

#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

fn weekday_from_index(i: i32) -> Weekday {
    match i {
        0 => Weekday::Sat,
        1 => Weekday::Sun,
        2 => Weekday::Mon,
        3 => Weekday::Tue,
        4 => Weekday::Wed,
        5 => Weekday::Thu,
        _ => Weekday::Fri,
    }
}

impl Date {
    fn weekday(&self) -> Weekday {
        let (mut m, mut y) = (self.month as i32, self.year);
        if m < 3 {
            m += 12;
            y -= 1;
        }
        let k = y % 100;
        let j = y / 100;
        let h = (self.day as i32 + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        weekday_from_index(h)
    }

    fn month_name(&self) -> &'static str {
        MONTHS[self.month - 1]
    }

    fn days_in_year(&self) -> u32 {
        if is_leap(self.year) { 366 } else { 365 }
    }
}

fn main() {
    let dates = [
        Date { year: 2000, month: 1, day: 1 },
        Date { year: 2024, month: 2, day: 29 },
        Date { year: 1969, month: 7, day: 20 },
    ];
    for d in &dates {
        println!(
            "{} {} {}: {:?} ({} days in year)",
            d.day,
            d.month_name(),
            d.year,
            d.weekday(),
            d.days_in_year()
        );
    }
}
