// Using a struct after it has been moved into a function or another binding.
#[derive(Debug)]
struct Ticket {
    id: u32,
    seat: (char, u8),
}

fn punch(t: Ticket) -> u32 {
    println!("punching ticket {:?}", t);
    t.id
}

fn main() {
    let t1 = Ticket { id: 1, seat: ('A', 12) };
    let t2 = t1;
    println!("t1 seat row {}", t1.seat.0);

    let t3 = Ticket { id: 3, seat: ('C', 1) };
    let id = punch(t3);
    println!("punched {} again {}", id, punch(t3));
    println!("{:?}", t2);
}
