// A helper's parameter type is unknown; its callers also move values twice.
#[derive(Debug)]
struct Batch {
    items: [u32; 4],
    label: &'static str,
}

fn weigh(b: &Batch, unit: Unit) -> u32 {
    let mut w = 0;
    for x in b.items {
        w += x;
    }
    w
}

fn ship(b: Batch) -> &'static str {
    b.label
}

fn process(b: Batch) -> u32 {
    let weight = weigh(&b, 1);
    let tag = ship(b);
    let again = ship(b);
    let mut unused = weight;
    weight
}

fn inspect(b: Batch) {
    let first = ship(b);
    let second = ship(b);
    println!("{} {}", first, second);
}

fn main() {
    let b = Batch { items: [1, 2, 3, 4], label: "a" };
    let w = process(b);
    let c = Batch { items: [0; 4], label: "c" };
    inspect(c);
    println!("{}", w);
}
