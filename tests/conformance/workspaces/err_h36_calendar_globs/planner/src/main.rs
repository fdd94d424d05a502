use cal::prelude::*;

fn business_days(start: Date, days: u32) -> u32 {
    let mut d = start;
    let mut count = 0;
    for _ in 0..days {
        if !d.weekday().is_weekend() {
            count += 1;
        }
        d = d.next();
    }
    count
}

fn main() {
    let start = Date::new(2024, 2, 26);
    for i in 0..7 {
        let d = start.add_days(i);
        let tag = match d.weekday() {
            Sat | Sun => "weekend",
            Fri => "friday",
            _ => "",
        };
        println!("{}-{:02}-{:02} {:?} {}", d.year, d.month, d.day, d.weekday(), tag);
    }
    println!("leap 2024: {}, feb has {} days", is_leap(2024), days_in_month(2024, 2));
    println!("business days in March 2024: {}", business_days(Date::new(2024, 3, 1), 31));
    // mistake: ordinal is pub(crate) in `cal`
    let gap = Date::new(2024, 12, 25).ordinal() - start.ordinal();
    // mistake: from_index is visible only inside cal::date
    let wd = Weekday::from_index(3);
    // mistake: add_days takes a u32, not an i64
    let later = start.add_days(gap);
    println!("{} {:?} {:?}", gap, wd, later);
}
