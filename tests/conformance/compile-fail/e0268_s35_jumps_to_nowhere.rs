// Jumps with nowhere to go: `break` in a helper that was split out of a loop,
// a misspelled label, and a `break` in a `while` condition.
fn first_negative(values: [i32; 5]) -> usize {
    let mut index = 0;
    'scan: for (i, v) in values.iter().enumerate() {
        if *v < 0 {
            index = i;
            break 'scna;
        }
    }
    index
}

fn skip_small(v: i32) -> i32 {
    if v < 10 {
        continue;
    }
    v * 2
}

fn stop_at(limit: i32) -> i32 {
    if limit == 0 {
        break;
    }
    let doubled = break limit;
    doubled
}

fn main() {
    let values = [3, -1, 4, -1, 5];
    println!("{}", first_negative(values));
    println!("{}", skip_small(12));
    println!("{}", stop_at(3));
    let mut n = 0;
    while { if n > 3 { break; } n < 10 } {
        n += 1;
    }
    'outer: loop {
        loop {
            continue 'outre;
        }
    }
}
