use std::collections::HashMap;
use std::hash::Hash;

fn count_by<T, K, F>(items: &[T], key: F) -> HashMap<K, usize>
where
    K: Eq + Hash
    F: Fn(&T) -> K,
{
    let mut counts = HashMap::new();
    for item in items {
        *counts.entry(key(item)).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let words = ["apple", "avocado", "banana", "blueberry", "cherry"];
    let by_letter = count_by(&words, |w| w.chars().next().unwrap());
    let mut pairs: Vec<_> = by_letter.into_iter().collect();
    pairs.sort();
    println!("{pairs:?}");
}
