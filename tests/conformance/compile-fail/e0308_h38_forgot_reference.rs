// Forgetting `&` (or `&mut`) when a function takes a reference.
struct Stats {
    min: i32,
    max: i32,
}

fn spread(s: &Stats) -> i32 {
    s.max - s.min
}

fn widen(s: &mut Stats, by: i32) {
    s.min -= by;
    s.max += by;
}

fn total(values: &[i32]) -> i32 {
    let mut t = 0;
    for v in values {
        t += v;
    }
    t
}

fn main() {
    let mut s = Stats { min: 3, max: 9 };
    widen(&mut s, 2);
    println!("spread {}", spread(s));
    widen(&s, 1);
    let data = [4, 8, 15, 16, 23, 42];
    println!("total {}", total(data));
    println!("total {}", total(&data));
}
