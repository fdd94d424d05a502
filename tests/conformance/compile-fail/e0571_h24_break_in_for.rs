// Break with values out of for and while loops in a stock checker.
const STOCK: [u32; 5] = [3, 0, 7, 0, 2];

fn first_empty() -> usize {
    let mut idx = 0;
    for (i, s) in STOCK.iter().enumerate() {
        if *s == 0 {
            idx = i;
            break idx;
        }
    }
    idx
}

fn restock_needed() -> bool {
    let mut i = 0;
    while i < STOCK.len() {
        if STOCK[i] < 2 {
            break true;
        }
        i += 1;
    }
    false
}

fn labelled() -> u32 {
    'outer: for a in 0..3 {
        'inner: loop {
            if a == 1 {
                break 'outer a;
            }
            break 'inner;
        }
    }
    0
}

fn main() {
    println!("{} {} {}", first_empty(), restock_needed(), labelled());
}
