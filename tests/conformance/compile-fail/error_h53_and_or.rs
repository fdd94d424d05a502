// Python habit: `and` / `or` instead of `&&` / `||`.
fn is_leap(year: u32) -> bool {
    (year % 4 == 0 and year % 100 != 0) || year % 400 == 0
}

fn in_range(x: i32, lo: i32, hi: i32) -> bool {
    x >= lo && x <= hi
}

fn main() {
    for y in [1900, 2000, 2024, 2023] {
        println!("{} {}", y, is_leap(y));
    }
    println!("{}", in_range(5, 1, 10));
}
