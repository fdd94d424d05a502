// Values that come out of method calls are unknown to rustc's lint, even on
// constants, so these functions compile; main only calls them safely.
const SLOTS: usize = 4;
const STEP: u8 = 200;

fn bumped(extra: u8) -> u8 {
    let base = STEP.max(100);
    if extra > 50 {
        return base;
    }
    base + extra
}

fn last_slot(table: [u32; SLOTS], past_end: bool) -> u32 {
    if past_end {
        return table[table.len()];
    }
    table[table.len() - 1]
}

fn spread(total: u32, parts: u32) -> u32 {
    let zero = 5u32.min(0);
    if parts == 0 {
        return total / (zero + 1);
    }
    total / parts
}

fn square(x: i32) -> i32 {
    let big = 3i32.pow(19);
    if x > 100 {
        return big * x;
    }
    x * x
}

fn main() {
    let table = [3, 1, 4, 1];
    println!("{}", bumped(20));
    println!("{}", last_slot(table, false));
    println!("{}", spread(100, 0));
    println!("{}", square(9));
    println!("{}", STEP.count_ones());
}
