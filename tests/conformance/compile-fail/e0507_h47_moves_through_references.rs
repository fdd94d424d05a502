// Consuming methods called through references, fields of borrowed structs,
// and array elements.
#[derive(Debug)]
struct Ticket {
    seat: u32,
}

impl Ticket {
    fn redeem(self) -> u32 {
        self.seat
    }

    fn seat(&self) -> u32 {
        self.seat
    }
}

#[derive(Debug)]
struct Booking {
    ticket: Ticket,
    paid: bool,
}

impl Booking {
    fn use_ticket(&self) -> u32 {
        self.ticket.redeem()
    }

    fn cancel(&mut self) -> Ticket {
        self.paid = false;
        self.ticket
    }

    fn into_ticket(self) -> Ticket {
        self.ticket
    }
}

fn check(t: &Ticket) -> u32 {
    t.redeem()
}

fn main() {
    let tickets = [Ticket { seat: 1 }, Ticket { seat: 2 }];
    let first = tickets[0].redeem();
    let mut b = Booking { ticket: Ticket { seat: 9 }, paid: true };
    println!("{} {}", first, check(&tickets[1]));
    println!("{}", b.use_ticket());
    let t = b.cancel();
    println!("{} {}", t.seat(), b.into_ticket().seat());
}
