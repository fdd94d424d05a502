#[derive(Debug, Clone, Copy, PartialEq)]
enum Month {
    Jan, Feb, Mar, Apr, May, Jun,
    Jul, Aug, Sep, Oct, Nov, Dec,
}

fn days(m: Month) -> u32 {
    match m {
        Month::Feb => 28,
        Month::Apr | Month::Jun | Month::Sep | Month::Nov => 30,
    }
}

fn main() {
    let all = [Month::Jan, Month::Feb, Month::Mar, Month::Apr, Month::May, Month::Jun,
               Month::Jul, Month::Aug, Month::Sep, Month::Oct, Month::Nov, Month::Dec];
    let mut total = 0;
    for m in all {
        total += days(m);
    }
    println!("{}", total);
}
