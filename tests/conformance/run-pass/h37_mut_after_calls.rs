// Mutable counters updated after a call: rustc forgets their values at the
// call, so nothing is linted, and at run time the guards keep them in range.
const START: u8 = 250;

fn tally(step: u8) -> u8 {
    let mut count: u8 = START;
    println!("starting at {}", count);
    if step > 5 {
        return count;
    }
    count += step;
    count
}

fn drain(rounds: u32) -> u32 {
    let mut left: u32 = 0;
    for r in 0..rounds {
        left += r;
    }
    if left == 0 {
        return 0;
    }
    100 / left
}

fn walk(cells: [i8; 3], go: bool) -> i8 {
    let mut at = 0;
    if go {
        at = 3;
    }
    if at >= cells.len() {
        return -1;
    }
    cells[at]
}

fn main() {
    println!("{}", tally(3));
    println!("{}", drain(0));
    println!("{}", drain(4));
    println!("{}", walk([7, 8, 9], false));
    println!("{}", walk([7, 8, 9], true));
}
