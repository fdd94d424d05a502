// Loops: loop with break value, labels, while, for with ranges.
fn count_down(from: u32) -> u32 {
    let mut n = from;
    let mut steps = 0;
    while n != 0 {
        n -= 1;
        steps += 1;
    }
    steps
}

fn first_multiple(of: i32, above: i32) -> i32 {
    let mut candidate = above + 1;
    let result = loop {
        if candidate % of == 0 {
            break candidate;
        }
        candidate += 1;
    };
    result
}

fn main() {
    let mut count = 0;
    'counting_up: loop {
        println!("count = {count}");
        let mut remaining = 10;

        loop {
            println!("remaining = {remaining}");
            if remaining == 9 {
                break;
            }
            if count == 2 {
                break 'counting_up;
            }
            remaining -= 1;
        }

        count += 1;
    }
    println!("End count = {count}");

    let mut counter = 0;
    let result = loop {
        counter += 1;
        if counter == 10 {
            break counter * 2;
        }
    };
    println!("The result is {result}");

    for number in (1..4).rev() {
        println!("{number}!");
    }
    println!("LIFTOFF!!!");

    let a = [10, 20, 30, 40, 50];
    let mut index = 0;
    while index < 5 {
        println!("the value is: {}", a[index]);
        index += 1;
    }

    let mut found = (0, 0);
    'rows: for r in 1..10 {
        for c in 1..10 {
            if r * c == 42 {
                found = (r, c);
                break 'rows;
            }
            if c > r {
                continue 'rows;
            }
        }
    }
    println!("found {:?}", found);
    println!("steps {}", count_down(7));
    println!("multiple {}", first_multiple(7, 30));
    for even in (0..=10).step_by(2) {
        print!("{even} ");
    }
    println!();
}
