// Grade statistics: a bare `return;` in a function that returns a value, and
// a function body that ends in a statement.
struct Stats {
    count: u32,
    sum: u32,
    max: u32,
}

fn collect(grades: &[u32]) -> Stats {
    let mut s = Stats { count: 0, sum: 0, max: 0 };
    for g in grades {
        s.count += 1;
        s.sum += g;
        if *g > s.max {
            s.max = *g;
        }
    }
    s
}

fn average(s: &Stats) -> u32 {
    if s.count == 0 {
        return;
    }
    s.sum / s.count
}

fn letter(avg: u32) -> char {
    if avg >= 90 {
        return 'A';
    }
    if avg >= 75 { 'B' } else { 'C' };
}

fn main() {
    let grades = [88, 92, 71, 100, 65];
    let s = collect(&grades);
    let avg = average(&s);
    println!("{} {} {}", avg, letter(avg), s.max);
}
