// WEEKDAYS moved into impl Date as an associated const; use still unqualified
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

const DAYS_IN_MONTH: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in(year: i32, month: u32) -> u32 {
    if month == 2 && is_leap(year) {
        29
    } else {
        DAYS_IN_MONTH[(month - 1) as usize]
    }
}

impl Date {
    const WEEKDAYS: [&'static str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    fn new(year: i32, month: u32, day: u32) -> Date {
        assert!(month >= 1 && month <= 12);
        assert!(day >= 1 && day <= days_in(year, month));
        Date { year, month, day }
    }

    fn next_day(self) -> Date {
        if self.day < days_in(self.year, self.month) {
            Date { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Date { month: self.month + 1, day: 1, ..self }
        } else {
            Date { year: self.year + 1, month: 1, day: 1 }
        }
    }

    fn day_of_year(&self) -> u32 {
        let mut total = self.day;
        for m in 1..self.month {
            total += days_in(self.year, m);
        }
        total
    }

    fn weekday(&self) -> &'static str {
        let mut y = self.year;
        let mut m = self.month as i32;
        if m < 3 {
            m += 12;
            y -= 1;
        }
        let k = y % 100;
        let j = y / 100;
        let h = (self.day as i32 + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        WEEKDAYS[((h + 5) % 7) as usize]
    }
}

fn main() {
    let mut d = Date::new(2024, 2, 27);
    for _ in 0..4 {
        println!("{}-{:02}-{:02} {} day {}", d.year, d.month, d.day, d.weekday(), d.day_of_year());
        d = d.next_day();
    }
    let new_year = Date::new(2023, 12, 31).next_day();
    println!("{:?}", new_year);
    println!("ordered: {}", Date::new(2020, 5, 1) < Date::new(2020, 12, 1));
}
