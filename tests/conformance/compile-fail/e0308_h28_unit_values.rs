// Using the unit value of statements, macros and procedures as data.
#[derive(Debug, Clone, Copy)]
struct Counter {
    hits: u32,
    misses: u32,
}

fn record(c: &mut Counter, hit: bool) {
    if hit {
        c.hits += 1;
    } else {
        c.misses += 1;
    }
}

fn ratio(c: Counter) -> f64 {
    let total = c.hits + c.misses;
    if total == 0 {
        return 0.0;
    }
    c.hits as f64 / total as f64
}

fn main() {
    let mut c = Counter { hits: 0, misses: 0 };
    let pattern = [true, false, true, true];
    for p in pattern {
        let changed: bool = record(&mut c, p);
        println!("{}", changed);
    }
    let printed: u32 = println!("hits {}", c.hits);
    let summary: f64 = {
        let r = ratio(c);
        println!("ratio {}", r);
    };
    let assigned: u32 = (c.hits = 10);
    let mut last = 0;
    last = record(&mut c, false);
    println!("{} {} {} {}", printed, summary, assigned, last);
}
