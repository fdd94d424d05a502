// Python habit: `elif` instead of `else if`.
fn grade(score: u32) -> char {
    if score >= 90 {
        'A'
    } elif score >= 80 {
        'B'
    } else {
        'C'
    }
}

fn main() {
    for s in [95, 85, 70] {
        println!("{} -> {}", s, grade(s));
    }
}
