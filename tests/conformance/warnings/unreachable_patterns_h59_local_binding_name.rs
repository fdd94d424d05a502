// lints: unreachable_patterns
fn main() {
    let target = 7;
    let guesses = [3, 7, 9];
    for g in guesses {
        let verdict = match g {
            target => "hit",
            _ => "miss",
        };
        println!("{} {}", g, verdict);
    }
    println!("target was {}", target);
}
