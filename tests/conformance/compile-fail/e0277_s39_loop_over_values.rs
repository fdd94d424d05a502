// Loops written over things that are not iterators: a count, a string
// literal, a struct, a tuple, and a slice borrowed twice.
#[derive(Debug)]
struct Inventory {
    apples: u32,
    pears: u32,
}

fn total(counts: &[u32]) -> u32 {
    let mut sum = 0;
    for c in &counts {
        sum += c;
    }
    sum
}

fn main() {
    let rounds = 3;
    for r in rounds {
        println!("round {}", r);
    }
    for ch in "abc" {
        println!("{}", ch);
    }
    let stock = Inventory { apples: 4, pears: 2 };
    for item in &stock {
        println!("{:?}", item);
    }
    let pair = (stock.apples, stock.pears);
    for n in pair {
        println!("{}", n);
    }
    for flag in true {
        println!("{}", flag);
    }
    println!("{}", total(&[1, 2, 3]));
}
