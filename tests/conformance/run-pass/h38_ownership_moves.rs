// Chapter 4: ownership with non-Copy structs, moves into and out of functions.
#[derive(Debug)]
struct Ticket {
    id: u32,
    seat: [char; 2],
}

#[derive(Debug, Clone)]
struct Wallet {
    coins: [u32; 4],
    owner: &'static str,
}

fn takes_ownership(t: Ticket) {
    println!("took ticket {} at {}{}", t.id, t.seat[0], t.seat[1]);
}

fn gives_ownership(id: u32) -> Ticket {
    Ticket { id, seat: ['B', '7'] }
}

fn takes_and_gives_back(t: Ticket) -> Ticket {
    println!("inspecting {:?}", t);
    t
}

fn makes_copy(some_integer: i32) {
    println!("{some_integer}");
}

fn calculate_total(w: Wallet) -> (Wallet, u32) {
    let mut total = 0;
    for c in w.coins {
        total += c;
    }
    (w, total)
}

fn main() {
    let t1 = gives_ownership(1);
    let t2 = Ticket { id: 2, seat: ['A', '1'] };
    let t3 = takes_and_gives_back(t2);
    takes_ownership(t1);
    println!("still have {}", t3.id);

    let x = 5;
    makes_copy(x);
    println!("x is still {x}");

    let w1 = Wallet { coins: [1, 5, 10, 25], owner: "ann" };
    let w2 = w1.clone();
    let (w3, total) = calculate_total(w1);
    println!("{} has {} cents ({:?})", w3.owner, total, w2.coins);

    let moved = w3;
    let w3 = Wallet { owner: "bob", ..moved };
    println!("{} {:?}", w3.owner, w3.coins);

    let mut current = Ticket { id: 10, seat: ['C', '3'] };
    for round in 0..3 {
        current = takes_and_gives_back(current);
        current.id += round;
    }
    println!("final id {}", current.id);
}
