// Letter grade assigned in branches that do not cover every path.

fn letter(avg: f64) -> char {
    let grade;
    if avg >= 90.0 {
        grade = 'A';
    } else if avg >= 80.0 {
        grade = 'B';
    } else if avg >= 70.0 {
        grade = 'C';
    }
    grade
}

fn honors(avg: f64, credits: u32) -> bool {
    let eligible: bool;
    match credits {
        0..=11 => eligible = false,
        12..=18 => {
            if avg > 3.5 {
                eligible = true;
            }
        }
        _ => eligible = avg > 3.0,
    }
    eligible
}

fn main() {
    let scores = [91.5, 78.25, 85.0];
    let mut sum = 0.0;
    for s in scores {
        sum += s;
    }
    let avg = sum / scores.len() as f64;
    println!("{} {}", letter(avg), honors(3.7, 15));
}
