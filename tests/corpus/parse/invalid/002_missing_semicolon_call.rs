use std::collections::HashMap;

fn main() {
    let mut scores = HashMap::new();
    scores.insert("alice", 10);
    scores.insert("bob", 7)
    scores.insert("carol", 12);
    let best = scores.values().max();
    println!("{:?}", best);
}
