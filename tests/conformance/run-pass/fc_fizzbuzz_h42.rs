// while and for: FizzBuzz both ways, iterating arrays by reference and mutably.
fn fizzbuzz_while(limit: u32) {
    let mut n = 1;
    while n <= limit {
        if n % 15 == 0 {
            println!("fizzbuzz");
        } else if n % 3 == 0 {
            println!("fizz");
        } else if n % 5 == 0 {
            println!("buzz");
        } else {
            println!("{}", n);
        }
        n += 1;
    }
}

fn fizzbuzz_for(limit: u32) {
    for n in 1..=limit {
        match (n % 3, n % 5) {
            (0, 0) => println!("fizzbuzz"),
            (0, _) => println!("fizz"),
            (_, 0) => println!("buzz"),
            _ => println!("{}", n),
        }
    }
}

fn main() {
    fizzbuzz_while(15);
    fizzbuzz_for(15);
    let names = ["Bob", "Frank", "Ferris"];
    for name in names.iter() {
        match *name {
            "Ferris" => println!("There is a rustacean among us!"),
            _ => println!("Hello {}", name),
        }
    }
    let mut scores = [10, 20, 30];
    for s in scores.iter_mut() {
        *s += 5;
    }
    println!("{:?}", scores);
}
