use std::collections::HashMap;

fn index_words(text: &str) -> HashMap<String, Vec<usize> {
    let mut map = HashMap::new();
    for (i, w) in text.split_whitespace().enumerate() {
        map.entry(w.to_string()).or_insert_with(Vec::new).push(i);
    }
    map
}

fn main() {
    println!("{:?}", index_words("a b a"));
}
