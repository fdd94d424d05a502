fn classify(n: i32) -> &'static str {
    let kind = 'done: {
        if n < 0 {
            break 'done "negative";
        }
        if n == 0 {
            break 'done "zero";
        }
        if n % 2 == 0 {
            break 'done "even";
        }
        "odd"
    };
    kind
}

fn main() {
    for n in [-3, 0, 4, 7] {
        println!("{} -> {}", n, classify(n));
    }
    let found = 'search: {
        for (i, v) in [3, 8, 11, 20].iter().enumerate() {
            if *v > 10 {
                break 'search i as i32;
            }
        }
        -1
    };
    println!("{}", found);
    'outer: {
        println!("in block");
        if found >= 0 {
            break 'outer;
        }
        println!("not printed");
    }
}
