// Calendar arithmetic: day counts with div_euclid/rem_euclid, weekday enum from discriminants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Date {
    y: i32,
    m: u8,
    d: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

const WEEK: [Weekday; 7] = [Weekday::Mon, Weekday::Tue, Weekday::Wed, Weekday::Thu, Weekday::Fri, Weekday::Sat, Weekday::Sun];
const DAYS_IN: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

impl Date {
    fn is_leap(y: i32) -> bool {
        (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
    }

    fn month_len(y: i32, m: u8) -> u8 {
        match (m, Self::is_leap(y)) {
            (2, true) => 29,
            (m @ 1..=12, _) => DAYS_IN[(m - 1) as usize],
            _ => 0,
        }
    }

    // Days since 1970-01-01 (civil-from-days inverse).
    fn to_days(self) -> i64 {
        let y = self.y as i64 - if self.m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y.rem_euclid(400);
        let mp = (self.m as i64 + 9) % 12;
        let doy = (153 * mp + 2) / 5 + self.d as i64 - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    fn weekday(self) -> Weekday {
        let idx = (self.to_days() + 3).rem_euclid(7) as usize;
        WEEK[idx]
    }

    fn add_days(self, n: i32) -> Date {
        let mut date = self;
        let mut left = n;
        while left > 0 {
            let len = Self::month_len(date.y, date.m);
            if date.d < len {
                date.d += 1;
            } else if date.m == 12 {
                date = Date { y: date.y + 1, m: 1, d: 1 };
            } else {
                date = Date { m: date.m + 1, d: 1, ..date };
            }
            left -= 1;
        }
        date
    }
}

fn main() {
    let dates = [
        Date { y: 1970, m: 1, d: 1 },
        Date { y: 2000, m: 2, d: 29 },
        Date { y: 2024, m: 12, d: 31 },
        Date { y: 1969, m: 7, d: 20 },
        Date { y: 1600, m: 3, d: 1 },
    ];
    for d in &dates {
        let wd = d.weekday();
        println!("{:04}-{:02}-{:02} days {:>7} {:?} (#{})", d.y, d.m, d.d, d.to_days(), wd, wd as u8);
    }
    let start = dates[1];
    for n in [1, 30, 365, 366 + 365] {
        let later = start.add_days(n);
        println!("+{n:<4} -> {:?} diff {}", later, later.to_days() - start.to_days());
    }
    let mut sorted = dates;
    for i in 0..sorted.len() {
        for j in (i + 1..sorted.len()).rev() {
            if sorted[j] < sorted[j - 1] {
                let tmp = sorted[j];
                sorted[j] = sorted[j - 1];
                sorted[j - 1] = tmp;
            }
        }
    }
    println!("earliest {:?} latest {:?}", sorted[0], sorted[sorted.len() - 1]);
    let mut leap_count = 0;
    for y in (1900..=2100).step_by(4) {
        leap_count += Date::is_leap(y) as u32;
    }
    println!("leap years {leap_count}");
}
