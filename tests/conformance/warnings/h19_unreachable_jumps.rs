// lints: unreachable_code
// Code placed after return, break, continue and infinite loops.
fn find(values: &[i32], target: i32) -> i32 {
    for (i, v) in values.iter().enumerate() {
        if *v == target {
            return i as i32;
            println!("found");
        }
    }
    -1
}

fn skip_odds(values: &[u32]) -> u32 {
    let mut sum = 0;
    for v in values {
        if v % 2 == 1 {
            continue;
            sum += 100;
        }
        sum += v;
    }
    sum
}

fn first_big(values: &[u32]) -> u32 {
    let mut found = 0;
    for v in values {
        if *v > 10 {
            found = *v;
            break;
            found += 1;
        }
    }
    found
}

fn serve() -> u32 {
    let mut ticks = 0u64;
    loop {
        ticks = ticks.wrapping_add(1);
        if ticks == u64::MAX {
            println!("wrapped");
        }
    }
    0
}

fn labelled(grid: &[[u8; 2]; 2]) -> u8 {
    let mut hit = 0;
    'rows: for row in grid {
        for cell in row {
            if *cell == 0 {
                continue 'rows;
                hit += 1;
            }
            hit += cell;
        }
    }
    hit
}

fn early(x: u32) -> u32 {
    let y: u32 = return x * 2;
    y + 1
}

fn break_value(limit: u32) -> u32 {
    let mut n = 0;
    let r = loop {
        n += 1;
        if n > limit {
            break n;
            n = 0;
        }
    };
    r
}

fn main() {
    println!("{}", find(&[1, 2], 2));
    println!("{}", skip_odds(&[1, 2, 3]));
    println!("{}", first_big(&[3, 30]));
    println!("{}", labelled(&[[1, 0], [2, 3]]));
    println!("{}", early(3));
    println!("{}", break_value(4));
    if find(&[], 0) > 100 {
        println!("{}", serve());
    }
}
