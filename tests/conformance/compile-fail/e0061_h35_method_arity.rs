// Method calls on primitives with too many or too few arguments.
fn score(hits: u32, bonus: u32) -> u32 {
    let base = hits.pow();
    base.saturating_add(bonus, 10)
}

fn grade(points: i32) -> i32 {
    points.clamp(0)
}

fn vowel(c: char) -> bool {
    let up = c.to_ascii_uppercase();
    up == 'A' || up == 'E' || up == 'I' || up == 'O' || up == 'U'
}

fn letter(c: char) -> bool {
    c.is_alphabetic(true)
}

fn main() {
    println!("{} {} {} {}", score(3, 1), grade(120), vowel('e'), letter('x'));
    println!("{}", 9i32.max(3, 4));
}
