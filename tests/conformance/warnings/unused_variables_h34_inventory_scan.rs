// lints: unused_variables
// Inventory scan with leftovers from debugging: unused locals, parameters and
// loop variables.

#[derive(Debug, Clone, Copy)]
struct Bin {
    aisle: u8,
    slot: u8,
    count: u32,
}

fn total(bins: &[Bin], warehouse_id: u32) -> u32 {
    let mut sum = 0;
    let start = 0;
    for (i, b) in bins.iter().enumerate() {
        sum += b.count;
    }
    sum
}

fn find_empty(bins: &[Bin]) -> usize {
    let mut empty = 0;
    for b in bins {
        let label = b.aisle as u32 * 100 + b.slot as u32;
        if b.count == 0 {
            empty += 1;
        }
    }
    empty
}

fn main() {
    let bins = [
        Bin { aisle: 1, slot: 4, count: 12 },
        Bin { aisle: 2, slot: 1, count: 0 },
        Bin { aisle: 3, slot: 9, count: 7 },
    ];
    let report_width = 40;
    let _scratch = 5;
    println!("total {} empty {}", total(&bins, 3), find_empty(&bins));
    for i in 0..2 {
        println!("pass");
    }
    println!("{:?}", bins[0]);
}
