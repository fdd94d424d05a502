use calendar::{days_in_month, is_leap, weekday_after, Weekday, DAYS_PER_WEEK};

fn countWorkdays(start: Weekday, days: u32) -> u32 {
    let mut n = 0;
    for i in 0..days {
        let d = weekday_after(start, i);
        if d != Weekday::Sat && d != Weekday::Sun {
            n += 1;
        }
    }
    n
}

fn main() {
    let year = 2025;
    let mut total = 0;
    for m in 1..=12 {
        let mut days = days_in_month(year, m);
        total += days;
    }
    let weeks = total / 7;
    println!("{} days, workdays in Feb: {}", total, countWorkdays(Weekday::Sat, days_in_month(year, 2)));
    while (total > 360) {
        total -= 1;
    }
}
