// Flow control: if/else chains, loop with labels, break with value, while, for ranges.
fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn first_pair_summing_to(target: i32, values: &[i32]) -> (usize, usize) {
    let mut found = (usize::MAX, usize::MAX);
    'outer: for i in 0..values.len() {
        for j in (i + 1)..values.len() {
            if values[i] + values[j] == target {
                found = (i, j);
                break 'outer;
            }
        }
    }
    found
}

fn main() {
    let n = 5;
    if n < 0 {
        print!("{} is negative", n);
    } else if n > 0 {
        print!("{} is positive", n);
    } else {
        print!("{} is zero", n);
    }
    let big_n = if n < 10 && n > -10 { 10 * n } else { n / 2 };
    println!(", and {} is a big number", big_n);

    let mut count = 0u32;
    loop {
        count += 1;
        if count == 3 {
            println!("three");
            continue;
        }
        println!("{}", count);
        if count == 5 {
            println!("OK, that's enough");
            break;
        }
    }

    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    assert_eq!(result, 20);

    'rows: for r in 1..=4 {
        'cols: for c in 1..=4 {
            if c > r {
                continue 'rows;
            }
            if r * c > 9 {
                break 'cols;
            }
            print!("{:3}", r * c);
        }
        println!();
    }
    println!();
    for n in (1..=20).rev().step_by(5) {
        println!("collatz({}) takes {} steps", n, collatz_steps(n));
    }
    println!("{:?}", first_pair_summing_to(9, &[2, 7, 11, 15]));
}
