fn main() {
    let data = b"caf\xc3\xa9";
    let e_acute = b'é';
    println!("{:?} {}", data, e_acute);
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
