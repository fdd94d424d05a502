// Event tickets built from struct and enum literals with missing or unknown fields.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Seat {
    General,
    Reserved { row: u8, number: u16 },
}

#[derive(Debug, Clone, Copy)]
struct Ticket {
    id: u32,
    price_cents: u32,
    seat: Seat,
    vip: bool,
}

#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    sold: u32,
    revenue: u64,
}

struct Pair(u32, u32);

fn sell(stats: Stats, t: &Ticket) -> Stats {
    Stats { sold: stats.sold + 1, revenue: stats.revenue + t.price_cents as u64 }
}

fn main() {
    let a = Ticket { id: 1, price_cents: 4500, seat: Seat::General };
    let b = Ticket { id: 2, price_cents: 9000, seat: Seat::Reserved { row: 3 }, vip: true };
    let c = Ticket { id: 3, price: 1200, seat: Seat::General, vip: false };
    let d = Ticket { seat: Seat::Reserved { row: 1, number: 7, section: 2 }, ..b };
    let zero = Stats { sold: 0, revenue: 0 };
    let mut stats = Stats { sold: 0, ..zero };
    stats = sell(stats, &b);
    let p = Pair { 0: 1, 2: 5 };
    println!("{:?} {:?} {:?} {:?} {:?} {}", a, c, d, stats, b.seat, p.0);
}
