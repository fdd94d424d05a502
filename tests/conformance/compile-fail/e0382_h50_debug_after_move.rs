#[derive(Debug)]
struct Ticket {
    id: u32,
    seat: (char, u8),
}

fn consume(t: Ticket) -> u32 {
    t.id
}

fn main() {
    let t = Ticket { id: 9, seat: ('C', 14) };
    let id = consume(t);
    println!("used ticket {id}");
    println!("ticket was {:?}", t);
}
