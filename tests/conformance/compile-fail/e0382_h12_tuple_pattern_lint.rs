// Inventory swap: a tuple-pattern binding is overwritten before use, and an item is moved twice.
#[derive(Debug)]
struct Crate {
    label: &'static str,
    weight: u32,
}

fn load(c: Crate) -> u32 {
    c.weight
}

fn main() {
    let (mut low, high) = (10, 50);
    low = high / 2;
    println!("{} {}", low, high);
    let mut count = 0;
    let (mut left, mut right) = (0, 0);
    for w in [3, 9, 4] {
        if w > 5 {
            left = w;
        } else {
            right = w;
        }
        count += 1;
    }
    println!("{} {}", count, left);
    let c = Crate { label: "tools", weight: 30 };
    let total = load(c) + load(c);
    println!("{}", total);
}
