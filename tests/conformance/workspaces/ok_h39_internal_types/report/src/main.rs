fn main() {
    let mut c = metrics::counter(7);
    for i in 0..10 {
        if i % 3 == 0 { c.miss() } else { c.hit() }
    }
    println!("counter {}: {}% ({} hits)", c.id, c.ratio_percent(), c.hits);

    let mut h = metrics::histogram();
    for v in [3, 45, 45, 900, 5000] {
        h.record(v);
    }
    println!("{:?}", h.buckets);

    let r = metrics::registry();
    println!("{:?} {}", r.mode, r.total.misses);
}
