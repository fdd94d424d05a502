// Calendar arithmetic: rem_euclid/div_euclid on negative offsets, day-of-week tables,
// nested matches with ranges and bindings, and shadowing.
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

const DAYS: [Weekday; 7] = [
    Weekday::Mon,
    Weekday::Tue,
    Weekday::Wed,
    Weekday::Thu,
    Weekday::Fri,
    Weekday::Sat,
    Weekday::Sun,
];

const MONTH_LENGTHS: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

#[derive(Debug, Clone, Copy)]
struct Date {
    year: i32,
    month: u8,
    day: u8,
}

fn is_leap(y: i32) -> bool {
    (y.rem_euclid(4) == 0 && y.rem_euclid(100) != 0) || y.rem_euclid(400) == 0
}

fn month_len(y: i32, m: u8) -> u8 {
    match (m, is_leap(y)) {
        (2, true) => 29,
        (1..=12, _) => MONTH_LENGTHS[(m - 1) as usize],
        _ => 0,
    }
}

fn day_of_year(d: Date) -> u32 {
    let mut total = d.day as u32;
    for m in 1..d.month {
        total += month_len(d.year, m) as u32;
    }
    total
}

fn weekday_after(start: Weekday, offset: i64) -> Weekday {
    let idx = (start as i64 + offset).rem_euclid(7);
    DAYS[idx as usize]
}

fn season(d: Date) -> &'static str {
    match d {
        Date { month: 12 | 1 | 2, .. } => "winter",
        Date { month: m @ 3..=5, day, .. } if m == 3 && day < 20 => "late winter",
        Date { month: 3..=5, .. } => "spring",
        Date { month: 6..=8, .. } => "summer",
        _ => "autumn",
    }
}

fn main() {
    let dates = [
        Date { year: 2024, month: 3, day: 1 },
        Date { year: 2023, month: 3, day: 25 },
        Date { year: 1900, month: 12, day: 31 },
        Date { year: 2000, month: 7, day: 4 },
        Date { year: 2021, month: 10, day: 9 },
    ];
    for d in dates {
        let doy = day_of_year(d);
        let doy = doy as i64 - 1;
        let wd = weekday_after(Weekday::Mon, doy);
        println!(
            "{:04}-{:02}-{:02} leap={:<5} doy={:>3} wd={:?} {}",
            d.year,
            d.month,
            d.day,
            is_leap(d.year),
            doy + 1,
            wd,
            season(d)
        );
    }
    for off in [-1i64, -8, 13, -15] {
        println!("{:>3} -> {:?} (weeks {})", off, weekday_after(Weekday::Wed, off), off.div_euclid(7));
    }
    println!("{}", (-7i32).rem_euclid(3) + (-7i32 % 3));
    let last = DAYS[DAYS.len() - 1];
    println!("{:?} {:?} {}", last, DAYS[0], last as u8 - DAYS[0] as u8);
}
