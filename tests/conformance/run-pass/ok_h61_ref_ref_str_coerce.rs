// iterating over &[&str] gives &&str
fn shout(word: &str) -> usize {
    println!("{}!", word);
    word.len()
}

fn longest<'a>(words: &[&'a str]) -> &'a str {
    let mut best: &str = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn main() {
    let words = ["apple", "kiwi", "banana"];
    let mut first: &str = words[0];
    for w in words.iter() {
        if w.len() < first.len() {
            first = w;
        }
    }
    let n = shout(first);
    let l = longest(&words);
    println!("{} {}", n, l);
    let mut picked: &str = "";
    for w in &words {
        let candidate: &str = w;
        picked = candidate;
    }
    let holder: &&str = &picked;
    let direct: &str = holder;
    let plain: &str = &holder;
    println!("{} {}", direct, plain);
    let exact: &str = &&picked;
    println!("{}", exact);
}
