// Ownership: Copy vs. move, passing ownership into and out of functions, mutability on move.
#[derive(Debug)]
struct Ticket {
    seat: u32,
    row: char,
}

#[derive(Debug, Clone, Copy)]
struct Price {
    cents: u32,
}

fn consume(t: Ticket) -> u32 {
    println!("consuming ticket {:?}", t);
    t.seat
}

fn stamp(mut t: Ticket) -> Ticket {
    t.row = t.row.to_ascii_uppercase();
    t
}

fn discount(p: Price) -> Price {
    Price { cents: p.cents * 9 / 10 }
}

fn main() {
    let x = 5u32;
    let y = x;
    println!("x is {}, and y is {}", x, y);

    let p = Price { cents: 1000 };
    let q = discount(p);
    println!("{:?} -> {:?}", p, q);

    let a = Ticket { seat: 12, row: 'c' };
    let b = a;
    let b = stamp(b);
    println!("stamped {:?}", b);
    let seat = consume(b);
    println!("seat was {}", seat);

    let immutable = Ticket { seat: 1, row: 'a' };
    println!("immutable {:?}", immutable);
    let mut mutable = immutable;
    mutable.seat = 4;
    println!("mutable {:?}", mutable);

    let tickets = [Ticket { seat: 1, row: 'a' }, Ticket { seat: 2, row: 'b' }];
    for t in tickets {
        println!("{}", consume(t));
    }
}
