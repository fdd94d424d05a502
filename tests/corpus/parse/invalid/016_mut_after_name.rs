fn main() {
    let total mut = 0;
    for i in 1..=10 {
        total += i;
    }
    println!("{}", total);
}

/// Formats a byte count for log output.
fn human_bytes(n: u64) -> String {
    if n >= 1 << 20 {
        format!("{:.1} MiB", n as f64 / (1u64 << 20) as f64)
    } else if n >= 1 << 10 {
        format!("{:.1} KiB", n as f64 / 1024.0)
    } else {
        format!("{n} B")
    }
}
