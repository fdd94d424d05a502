// Order processing where the loop iterates a misspelled array name.
#[derive(Debug, Clone, Copy)]
struct Order {
    id: u32,
    qty: u32,
    unit_cents: u32,
}

fn line_total(o: &Order) -> u32 {
    o.qty * o.unit_cents
}

fn apply_discount(cents: u32, pct: u32) -> u32 {
    cents - cents * pct / 100
}

fn main() {
    let orders = [
        Order { id: 1, qty: 2, unit_cents: 450 },
        Order { id: 2, qty: 1, unit_cents: 1299 },
        Order { id: 3, qty: 5, unit_cents: 99 },
    ];
    let mut sum = 0;
    for o in ordrs.iter() {
        sum += line_total(o);
        if o.quantity > 3 {
            println!("bulk order {}", o.id);
        }
    }
    for (i, o) in orders.iter().enumerate() {
        println!("{} -> {}", i, apply_discount(line_total(o), 10));
    }
    for (n, o) in ordres.iter().enumerate() {
        let pos: u32 = n;
        println!("#{} {:?}", pos + 1, o);
        let again: usize = n;
        println!("{}", again);
    }
    let avg: u32 = sum / orders.len();
    println!("{}", avg);
}
