// Enum discriminants and casts, `&pat` patterns, match on references to tuples, and a
// `loop` state machine that breaks with a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Coin {
    Nickel = 5,
    Dime = 10,
    Quarter = 25,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting(u32),
    Vending { change: u32 },
}

fn step(state: State, coin: Option2, price: u32) -> State {
    match (state, coin) {
        (State::Idle, Option2::Coin(c)) => State::Collecting(c as u32),
        (State::Collecting(sum), Option2::Coin(c)) if sum + c as u32 >= price => {
            State::Vending { change: sum + c as u32 - price }
        }
        (State::Collecting(sum), Option2::Coin(c)) => State::Collecting(sum + c as u32),
        (s, Option2::Nothing) => s,
        (State::Vending { .. }, _) => State::Idle,
    }
}

#[derive(Debug, Clone, Copy)]
enum Option2 {
    Coin(Coin),
    Nothing,
}

fn main() {
    let inserts = [
        Option2::Coin(Coin::Quarter),
        Option2::Nothing,
        Option2::Coin(Coin::Dime),
        Option2::Coin(Coin::Quarter),
        Option2::Coin(Coin::Nickel),
    ];
    let mut state = State::Idle;
    let mut i = 0;
    let change = loop {
        if i == inserts.len() {
            break None2::None;
        }
        state = step(state, inserts[i], 55);
        println!("{:>2}: {:?}", i, state);
        if let State::Vending { change } = state {
            break None2::Some(change);
        }
        i += 1;
    };
    match change {
        None2::Some(c @ 1..) => println!("change {}", c),
        None2::Some(_) => println!("exact"),
        None2::None => println!("not enough"),
    }

    let coins = [Coin::Dime, Coin::Nickel, Coin::Quarter, Coin::Dime];
    let mut biggest = Coin::Nickel;
    for &c in coins.iter() {
        if c > biggest {
            biggest = c;
        }
    }
    println!("biggest {:?} = {}", biggest, biggest as i32);
    let pairs = [(Coin::Dime, 3u32), (Coin::Quarter, 2), (Coin::Nickel, 7)];
    let mut total = 0;
    for pair in &pairs {
        total += match pair {
            &(Coin::Quarter, n) => 25 * n,
            &(c, n) if c < Coin::Dime => 5 * n,
            (_, n) => 10 * *n,
        };
    }
    println!("total {}", total);
}

#[derive(Debug)]
enum None2 {
    None,
    Some(u32),
}
