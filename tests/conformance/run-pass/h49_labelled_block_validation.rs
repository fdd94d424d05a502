// Labelled blocks used as early-exit validators that produce a value.
#[derive(Debug, Clone, Copy)]
struct Order {
    id: u32,
    qty: u16,
    unit_cents: u32,
    region: u8,
}

#[derive(Debug, PartialEq)]
enum Verdict {
    Accept(u32),
    Reject(&'static str),
}

fn check(o: &Order) -> Verdict {
    let reason = 'why: {
        if o.qty == 0 {
            break 'why "empty order";
        }
        if o.unit_cents > 50_000 {
            break 'why "price too high";
        }
        let limit = 'lim: {
            match o.region {
                0 => break 'lim 10,
                1 | 2 => break 'lim 100,
                _ => {}
            }
            5
        };
        if o.qty > limit {
            break 'why "over regional limit";
        }
        return Verdict::Accept(o.qty as u32 * o.unit_cents);
    };
    Verdict::Reject(reason)
}

fn main() {
    let orders = [
        Order { id: 1, qty: 3, unit_cents: 250, region: 0 },
        Order { id: 2, qty: 0, unit_cents: 250, region: 1 },
        Order { id: 3, qty: 12, unit_cents: 99, region: 0 },
        Order { id: 4, qty: 60, unit_cents: 10, region: 2 },
        Order { id: 5, qty: 6, unit_cents: 60_000, region: 2 },
        Order { id: 6, qty: 6, unit_cents: 100, region: 9 },
    ];
    let mut accepted = 0u32;
    for o in &orders {
        let v = check(o);
        if let Verdict::Accept(c) = v {
            accepted += c;
        }
        println!("order {}: {:?}", o.id, v);
    }
    println!("accepted cents: {accepted}");
}
