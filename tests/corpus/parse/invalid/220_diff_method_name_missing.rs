// A method call whose name was deleted while editing: `b.1.(&a.1)`.
use std::collections::HashMap;

fn top_words(text: &str) -> Vec<(String, usize)> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_default() += 1;
    }
    let mut counts: Vec<(String, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts.truncate(3);
    counts
}

fn main() {
    println!("{:?}", top_words("a b a c b a"));
}
