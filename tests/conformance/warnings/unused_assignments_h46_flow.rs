// lints: unused_assignments unused_variables
fn classify(score: i32) -> &'static str {
    let mut label = "none";
    label = "low";
    if score > 50 {
        label = "high";
    } else {
        label = "medium";
    }
    label
}

fn accumulate(items: &[u32]) -> u32 {
    let mut sum = 0;
    let mut last = 0;
    for &it in items {
        last = it;
        sum += it;
    }
    sum
}

fn retry(limit: u32) -> u32 {
    let mut attempts = 0;
    let mut status = 0;
    loop {
        attempts += 1;
        status = attempts * 2;
        if attempts >= limit {
            break;
        }
    }
    attempts
}

fn deferred(flag: bool) -> i32 {
    let x;
    if flag {
        x = 1;
    } else {
        x = 2;
    }
    let mut y = 10;
    y = 20;
    y = 30;
    x + y
}

fn param_overwrite(mut n: i32) -> i32 {
    n = 4;
    n * 2
}

fn compound(mut total: i32) -> i32 {
    total += 5;
    7
}

fn branch_only(flag: bool) -> i32 {
    let mut v = 0;
    if flag {
        v = 5;
    }
    0
}

fn main() {
    println!("{}", classify(70));
    println!("{}", accumulate(&[1, 2, 3]));
    println!("{}", retry(3));
    println!("{}", deferred(true));
    println!("{}", param_overwrite(1));
    println!("{}", compound(1));
    println!("{}", branch_only(true));
    let mut done = false;
    while !done {
        done = true;
    }
    let mut tail = 1;
    tail = 2;
}
