// Clock exercise: hours and minutes with wrap-around, no String allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Clock {
    hours: i32,
    minutes: i32,
}

const MINUTES_PER_DAY: i32 = 24 * 60;

impl Clock {
    fn new(hours: i32, minutes: i32) -> Clock {
        let total = (hours * 60 + minutes).rem_euclid(MINUTES_PER_DAY);
        Clock {
            hours: total / 60,
            minutes: total % 60,
        }
    }

    fn total_minutes(&self) -> i32 {
        self.hours * 60 + self.minutes
    }

    fn add_minutes(&self, minutes: i32) -> Clock {
        Clock::new(0, self.total_minutes() + minutes)
    }

    fn print(&self) {
        println!("{:02}:{:02}", self.hours, self.minutes);
    }

    fn is_morning(&self) -> bool {
        self.hours < 12
    }
}

fn is_leap_year(year: u64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u64, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => {
            if is_leap_year(year) {
                29
            } else {
                28
            }
        }
        _ => panic!("bad month {}", month),
    }
}

fn day_of_year(year: u64, month: u8, day: u8) -> u32 {
    let mut total: u32 = 0;
    for m in 1..month {
        total += days_in_month(year, m) as u32;
    }
    total + day as u32
}

fn main() {
    let samples = [(8, 0), (23, 59), (-1, 15), (25, 160), (0, -1500)];
    for (h, m) in samples {
        let c = Clock::new(h, m);
        c.print();
        if c.is_morning() {
            println!("  morning");
        }
    }

    let c = Clock::new(10, 37).add_minutes(-3 * MINUTES_PER_DAY + 30);
    c.print();
    assert_eq!(c, Clock::new(11, 7));

    let years = [1900u64, 1996, 2000, 2023, 2024];
    for y in years.iter() {
        println!("{} leap? {} days in feb: {}", y, is_leap_year(*y), days_in_month(*y, 2));
    }
    println!("day of year 2024-03-01 = {}", day_of_year(2024, 3, 1));
    println!("day of year 2023-12-31 = {}", day_of_year(2023, 12, 31));
}
