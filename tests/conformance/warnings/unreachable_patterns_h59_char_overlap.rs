// lints: unreachable_patterns
fn vowel_score(c: char) -> u32 {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => 1,
        'a'..='z' => 2,
        'y' => 3,
        _ => 0,
    }
}

fn main() {
    let word = ['h', 'a', 'p', 'p', 'y'];
    let mut s = 0;
    for c in word {
        s += vowel_score(c);
    }
    println!("{}", s);
}
