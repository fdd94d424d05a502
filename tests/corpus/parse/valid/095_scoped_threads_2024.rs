// edition:2024
// Scoped threads borrowing local data, atomics, and RwLock-protected shared state.
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::RwLock;
use std::thread;

fn parallel_sum(data: &[u64], parts: usize) -> u64 {
    let chunk = data.len().div_ceil(parts.max(1)).max(1);
    thread::scope(|s| {
        let handles: Vec<_> = data.chunks(chunk).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}

fn count_matches(words: &[&str], needle: char) -> usize {
    let counter = AtomicUsize::new(0);
    thread::scope(|s| {
        for half in words.chunks(words.len() / 2 + 1) {
            let counter = &counter;
            s.spawn(move || {
                let n = half.iter().filter(|w| w.contains(needle)).count();
                counter.fetch_add(n, Ordering::Relaxed);
            });
        }
    });
    counter.into_inner()
}

fn main() {
    let data: Vec<u64> = (1..=1000).collect();
    println!("{}", parallel_sum(&data, 4));
    println!("{}", count_matches(&["apple", "banana", "cherry", "date"], 'a'));
    let log = RwLock::new(Vec::<String>::new());
    thread::scope(|s| {
        for id in 0..3 {
            let log = &log;
            s.spawn(move || log.write().unwrap().push(format!("thread {id}")));
        }
    });
    let mut entries = log.into_inner().unwrap();
    entries.sort();
    println!("{entries:?}");
}
