use stock::{free_space, units, Shelf, SHELVES};

fn fullest(shelves: &[Shelf]) -> usize {
    let mut best = 0;
    for i in 1..shelves.len() {
        if free_space(&shelves[i]) < free_space(&shelves[best]) {
            best = i;
        }
    }
    best
}

fn main() {
    let total: usize = units(&SHELVES);
    let per_shelf = units(&SHELVES) / SHELVES.len();
    let best = fullest(&SHELVES);
    println!("{} units, {} per shelf, fullest {}", total, per_shelf, SHELVES[best].sku);
    let room: u64 = free_space(&SHELVES[0]);
    println!("room {}", room);
}
