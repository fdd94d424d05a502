// `let x;` with deferred initialisation in branches, loops and matches.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Low,
    Mid,
    High,
}

fn classify(v: i32) -> Level {
    let level;
    if v < 10 {
        level = Level::Low;
    } else if v < 100 {
        level = Level::Mid;
    } else {
        level = Level::High;
    }
    level
}

fn weight(l: Level) -> u32 {
    let w: u32;
    match l {
        Level::Low => w = 1,
        Level::Mid => w = 5,
        Level::High => w = 25,
    }
    w
}

fn first_square_above(n: u64) -> u64 {
    let found;
    let mut i = 0;
    loop {
        if i * i > n {
            found = i;
            break;
        }
        i += 1;
    }
    found
}

fn main() {
    let values = [3, 42, 512, 9, 99];
    let mut total = 0;
    for v in values {
        let l = classify(v);
        total += weight(l);
        println!("{} {:?}", v, l);
    }
    println!("total {}", total);

    let ratio;
    let count;
    count = values.len();
    ratio = total as f64 / count as f64;
    println!("{:.2}", ratio);

    let label;
    let code;
    if ratio > 5.0 {
        label = "heavy";
        code = 2u8;
    } else {
        label = "light";
        code = 1;
    }
    println!("{} {}", label, code.count_ones());

    println!("{}", first_square_above(1000));
    println!("{}", first_square_above(10_000_000_000));
}
