// Counters updated through `ref mut` bindings and `&mut` patterns.
#[derive(Debug)]
struct Counter {
    name: char,
    hits: u32,
}

fn bump_all(counters: &mut [Counter; 2]) {
    for c in counters.iter_mut() {
        c.hits += 1;
    }
}

fn reset(pair: (Counter, Counter)) -> u32 {
    let (ref mut a, ref b) = pair;
    a.hits = 0;
    a.hits + b.hits
}

fn main() {
    let counters = [Counter { name: 'a', hits: 1 }, Counter { name: 'b', hits: 5 }];
    let [ref mut first, _] = counters;
    first.hits += 10;
    let c = Counter { name: 'c', hits: 2 };
    match c {
        Counter { ref mut hits, .. } => *hits *= 2,
    }
    let mut d = Counter { name: 'd', hits: 0 };
    let Counter { hits, .. } = &mut d;
    *hits += 1;
    let e = &d;
    let Counter { hits: h2, .. } = e;
    *h2 += 1;
    println!("{} {}", reset((c, d)), counters[1].name);
}
