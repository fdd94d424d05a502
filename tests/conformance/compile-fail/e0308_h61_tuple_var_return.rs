// returning a tuple variable whose second element has the wrong type
fn classify(score: i32) -> (&'static str, u8) {
    let grade = if score >= 90 { "A" } else if score >= 75 { "B" } else { "C" };
    let passed = score >= 50;
    let result = (grade, passed);
    result
}

fn main() {
    let (g, p) = classify(82);
    println!("{} {}", g, p);
}
