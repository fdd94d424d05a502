// Day-of-year table lookups where the `as` cast binds tighter than the
// programmer expected.

const DAYS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

fn is_leap(y: u32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_before(month: u32, year: u32) -> u32 {
    let mut total = 0;
    for m in 0..(month - 1) as usize {
        total += DAYS[m];
    }
    if month > 2 && is_leap(year) {
        total += 1;
    }
    total
}

fn month_len(month: u32) -> u32 {
    DAYS[month - 1 as usize]
}

fn weekday(year: u32, month: u32, day: u32) -> u32 {
    // days since 2000-01-01 (a Saturday), ignoring earlier years
    let mut days: u64 = 0;
    for y in 2000..year {
        days += if is_leap(y) { 366 } else { 365 };
    }
    days += days_before(month, year) + day - 1;
    ((days + 6) % 7) as u32
}

fn main() {
    println!("{}", month_len(2));
    println!("{}", weekday(2024, 7, 4));
}
