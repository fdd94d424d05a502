// Grades computed with an if whose condition uses a misspelled variable.
fn letter(score: u32) -> char {
    if score >= 90 {
        'A'
    } else if score >= 80 {
        'B'
    } else {
        'C'
    }
}

fn main() {
    let score = 84;
    let bonus = if scroe > 80 { 5 } else { 0 };
    let label: &str = bonus;
    let grade = if passed(score) { letter(score) } else { 'F' };
    let g: u8 = grade;
    let msg = if score > 50 { "pass" } else { 0 };
    println!("{} {} {} {}", label, g, msg, bonus);
    let mut streak = 0;
    while streak < limit {
        streak += 1;
    }
    let s: bool = streak;
    println!("{}", s);
}
