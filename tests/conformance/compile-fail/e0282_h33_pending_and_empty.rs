// Places where inference cannot decide.
struct Acc {
    count: u32,
}

fn main() {
    let mut acc = Acc { count: 0 };
    let pending;
    let cache = [];
    let x = 5;
    acc.count += 1;
    if acc.count > 0 {
        println!("{} {}", acc.count, x);
    }
    println!("{}", cache.len());
    let _ = pending;
}
