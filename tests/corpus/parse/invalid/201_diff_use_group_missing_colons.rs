// A `use` group written straight after the module name, without the `::` before `{`.
use std::collections::HashMap;
use std::sync::atomic{AtomicU32, Ordering};

static REQUESTS: AtomicU32 = AtomicU32::new(0);

fn count_words(text: &str) -> HashMap<&str, usize> {
    REQUESTS.fetch_add(1, Ordering::Relaxed);
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let counts = count_words("a b a");
    println!("{:?} after {} requests", counts, REQUESTS.load(Ordering::Relaxed));
}
