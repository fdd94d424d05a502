// A record whose fields are assigned one by one before the record itself was initialised,
// plus a counter that was never given a starting value.
#[derive(Debug)]
struct Stats {
    min: i32,
    max: i32,
}

fn main() {
    let data = [4, -1, 9, 3];
    let mut stats: Stats;
    stats.min = data[0];
    stats.max = data[0];
    let mut count: u32;
    for v in data {
        count += 1;
        if v < stats.min {
            stats.min = v;
        }
    }
    println!("{:?} {}", stats, count);
}
