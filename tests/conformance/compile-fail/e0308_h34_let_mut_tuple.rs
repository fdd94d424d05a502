// Splitting a time into hours and minutes; `let mut (a, b)` is written the
// way one declares several variables in Go. rustc recovers from the syntax
// error and keeps checking the function.

fn split_minutes(total: u32) -> (u32, u32) {
    (total / 60, total % 60)
}

fn format_clock(total: u32) -> bool {
    let mut (h, m) = split_minutes(total);
    if m >= 30 {
        h += 1;
        m = 0;
    }
    let label: u32 = h > 12;
    println!("{:02}:{:02} {}", h, m, label);
    true
}

fn main() {
    let mut unused_total = 0;
    format_clock(135);
    format_clock(1439);
}
