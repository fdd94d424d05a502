// A no-argument closure written with one `|` instead of `||`.
use std::time::Instant;

fn busy_work(n: u64) -> u64 {
    (0..n).map(|i| i * i % 7).sum()
}

fn main() {
    let now = | Instant::now();
    let start = now();
    let total = busy_work(100_000);
    println!("{total} in {:?}", start.elapsed());
}
