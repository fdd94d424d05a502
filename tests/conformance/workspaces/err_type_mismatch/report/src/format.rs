use stats::Summary;

pub fn print_summary(s: Summary) {
    let spread: u32 = s.max - s.min;
    println!("min {} max {} spread {}", s.min, s.max, spread);
}
