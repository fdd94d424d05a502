use std::collections::{HashMap, HashSet;
use std::fmt;

fn unique(words: &[&str]) -> HashSet<String> {
    words.iter().map(|w| w.to_string()).collect()
}

fn main() {
    let m: HashMap<u8, u8> = HashMap::new();
    println!("{} {:?}", m.len(), unique(&["a", "a"]));
    let _ = fmt::Error;
}
