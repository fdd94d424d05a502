// Date helpers that modify parameters and destructured bindings in place,
// as one would in C or Go.

fn is_leap(year: u32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 => if is_leap(year) { 29 } else { 28 },
        _ => 0,
    }
}

fn add_days(date: (u32, u32, u32), days: u32) -> (u32, u32, u32) {
    let (year, month, day) = date;
    day += days;
    while day > days_in_month(year, month) {
        day -= days_in_month(year, month);
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
    (year, month, day)
}

fn day_of_year(year: u32, month: u32, day: u32) -> u32 {
    let mut total = day;
    while month > 1 {
        month -= 1;
        total += days_in_month(year, month);
    }
    total
}

fn main() {
    let d = add_days((2024, 2, 20), 15);
    println!("{:?}", d);
    println!("{}", day_of_year(2024, 3, 1));
}
