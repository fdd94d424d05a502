#[derive(Debug)]
enum Cmd {
    Push(Item),
    Pop,
    Swap { a: Item, b: Item },
}

#[derive(Debug)]
struct Item {
    weight: i32,
}

fn weigh(i: Item) -> i32 {
    i.weight
}

fn main() {
    let cmd = Cmd::Swap { a: Item { weight: 1 }, b: Item { weight: 2 } };
    let w = match cmd {
        Cmd::Push(it) => weigh(it),
        Cmd::Pop => 0,
        Cmd::Swap { a, ref b } => weigh(a) + b.weight,
    };
    println!("{}", w);
    println!("{:?}", cmd);

    let other = Cmd::Push(Item { weight: 9 });
    if let Cmd::Push(ref it) = other {
        println!("{}", it.weight);
    }
    if let Cmd::Push(it) = other {
        println!("{}", weigh(it));
    }
    match other {
        Cmd::Push(_) => println!("push"),
        _ => {}
    }
}
