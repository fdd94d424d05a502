// Averaging integer scores into a float without converting, and passing the wrong width.
fn average(scores: &[u32]) -> f64 {
    let mut total = 0;
    for s in scores {
        total += s;
    }
    total / scores.len() as u32
}

fn percent(part: u64, whole: u64) -> u64 {
    part * 100 / whole
}

fn main() {
    let scores = [88, 92, 75, 64];
    let passed: u32 = 3;
    println!("{}", average(&scores));
    println!("{}%", percent(passed, scores.len()));
}
