// Day arithmetic with negative offsets: rem_euclid and div_euclid vs % and /.
const DAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn weekday(start: usize, offset: i32) -> &'static str {
    let idx = (start as i32 + offset).rem_euclid(7);
    DAYS[idx as usize]
}

fn weeks_between(offset: i32) -> i32 {
    offset.div_euclid(7)
}

fn direction(offset: i32) -> &'static str {
    match offset.signum() {
        -1 => "past",
        0 => "today",
        _ => "future",
    }
}

fn main() {
    let offsets = [-15, -8, -7, -1, 0, 1, 6, 13, 100];
    for off in offsets {
        println!(
            "{:>4}: {} {:>6} weeks={:>3} trunc={:>3} rem={:>3} euclid={} abs={}",
            off,
            weekday(2, off),
            direction(off),
            weeks_between(off),
            off / 7,
            off % 7,
            off.rem_euclid(7),
            off.abs()
        );
    }
    let years: [i64; 4] = [1900, 2000, 2024, 2023];
    for y in years {
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        println!("{} leap={} days={}", y, leap, 365 + leap as i64);
    }
    println!("{} {} {}", 2i64.pow(40), (-3i32).pow(3), 10u64.pow(19));
    println!("{} {}", (-17i32).div_euclid(5), (-17i32).rem_euclid(-5));
}
