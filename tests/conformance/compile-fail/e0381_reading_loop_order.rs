// A sensor poller whose accumulators were declared without values. rustc's
// borrow checker reports one use per binding: the first it meets, and it
// meets the code after a `while` loop before the loop's body, and an `else`
// block before its `then` block.
fn poll(limit: u32, verbose: bool) -> u32 {
    let mut total: u32;
    let mut round = 0;
    while round < limit {
        total += round;
        round += 1;
    }
    let report: u32;
    if verbose {
        println!("rounds {}", report);
    } else {
        println!("quiet {}", report + 1);
    }
    total
}

fn drain(levels: [u32; 4]) -> u32 {
    let mut highest: u32;
    let mut seen = 0;
    for level in levels {
        if level > 2 {
            highest = level;
        }
        seen += 1;
    }
    while seen > 0 {
        seen -= 1;
    }
    highest + seen
}

fn main() {
    println!("{} {}", poll(3, true), drain([1, 5, 2, 7]));
}
