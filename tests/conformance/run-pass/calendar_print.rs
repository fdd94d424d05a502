// Prints a month calendar grid for a few months of a fixed year.
const MONTH_NAMES: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

fn leap(y: u32) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn month_len(y: u32, m: usize) -> u32 {
    const LENS: [u32; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    if m == 1 && leap(y) { 29 } else { LENS[m] }
}

// Day of week of the first of the month, 0 = Monday.
fn first_weekday(y: u32, m: usize) -> u32 {
    let mut days: u32 = 0;
    for year in 1970..y {
        days += if leap(year) { 366 } else { 365 };
    }
    for month in 0..m {
        days += month_len(y, month);
    }
    (days + 3) % 7 // 1970-01-01 was a Thursday
}

fn print_month(y: u32, m: usize) {
    println!("{:^20}", MONTH_NAMES[m]);
    println!("Mo Tu We Th Fr Sa Su");
    let offset = first_weekday(y, m);
    for _ in 0..offset {
        print!("   ");
    }
    for day in 1..=month_len(y, m) {
        print!("{:>2}", day);
        if (day + offset) % 7 == 0 {
            println!();
        } else {
            print!(" ");
        }
    }
    println!();
}

fn main() {
    for m in [0, 1, 8] {
        print_month(2024, m);
    }
}
