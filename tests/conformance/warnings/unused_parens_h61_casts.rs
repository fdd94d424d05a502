// lints: unused_parens
// redundant parentheses around casted values
fn percent(part: u32, whole: u32) -> f64 {
    let p = (part as f64);
    let w = (whole as f64);
    if (w == 0.0) {
        return 0.0;
    }
    (p / w) * 100.0
}

fn main() {
    let r = percent(1, 3);
    println!("{:.1}", r);
}
