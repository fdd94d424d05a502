// A bare `return;` inside loops of functions that return values.
fn position(words: &[&str], target: &str) -> usize {
    for (i, w) in words.iter().enumerate() {
        if *w == target {
            return i;
        }
        if w.is_empty() {
            return;
        }
    }
    words.len()
}

fn longest(words: &[&str]) -> usize {
    let mut best = 0;
    let mut i = 0;
    loop {
        let in_range = i < words.len();
        if !in_range {
            break;
        }
        best = best.max(words[i].len());
        i += 1;
    }
    if best == 0 {
        return;
    }
    best
}

fn main() {
    let ws = ["alpha", "beta", "", "delta"];
    println!("{} {}", position(&ws, "delta"), longest(&ws));
}
