// using a number as a condition
fn items_left(stock: &[u32]) -> u32 {
    let mut n = 0;
    for s in stock {
        n += s;
    }
    n
}

fn main() {
    let stock = [3, 0, 5];
    let left = items_left(&stock);
    if left {
        println!("still {} items", left);
    }
    let mut remaining = left;
    while remaining {
        remaining -= 1;
    }
}
