// Reading a "field" of a plain integer that was meant to be a struct, and dereferencing an integer.
struct Stats {
    hits: u32,
}

fn main() {
    let stats = 17u32;
    println!("{}", stats.hits);
    let real = Stats { hits: 3 };
    let hits = real.hits;
    println!("{}", *hits);
}
