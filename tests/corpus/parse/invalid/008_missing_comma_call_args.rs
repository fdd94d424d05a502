fn format_range(start: u32, end: u32, step: u32) -> String {
    (start..end).step_by(step as usize).map(|n| n.to_string()).collect::<Vec<_>>().join(",")
}

fn main() {
    let start = 1;
    let end = 20;
    let s = format_range(start end, 3);
    println!("{s}");
}
