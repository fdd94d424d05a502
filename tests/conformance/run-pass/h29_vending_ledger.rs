// A vending machine ledger: enums with data, let-else, labelled breaks with values,
// saturating and wrapping arithmetic, and formatted reports.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Insert(Coin),
    Select { slot: u8, qty: u8 },
    Refund,
    Service(u16),
}

const PRICES: [u32; 4] = [65, 120, 95, 150];
static MACHINE_ID: u16 = 0x2A7;

fn value(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
        Coin::Dollar => 100,
    }
}

fn price(slot: u8) -> u32 {
    let idx = slot as usize;
    let p = if idx < PRICES.len() { PRICES[idx] } else { 0 };
    p
}

fn run(events: &[Event]) -> (u32, u32, u8) {
    let mut credit: u32 = 0;
    let mut sales: u32 = 0;
    let mut checksum: u8 = 0;
    for (i, ev) in events.iter().enumerate() {
        checksum = checksum.wrapping_mul(31).wrapping_add(i as u8);
        match *ev {
            Event::Insert(c) => credit += value(c),
            Event::Select { slot, qty: q @ 1..=3 } => {
                let cost = price(slot) * q as u32;
                if cost > 0 && credit >= cost {
                    credit -= cost;
                    sales += cost;
                }
            }
            Event::Select { .. } => {}
            Event::Refund => credit = 0,
            Event::Service(code) if code & 0x8000 != 0 => {
                credit = credit.saturating_sub(code as u32);
            }
            Event::Service(_) => {}
        }
    }
    (credit, sales, checksum)
}

fn first_large(events: &[Event]) -> usize {
    let found = 'scan: {
        for (i, ev) in events.iter().enumerate() {
            if let Event::Insert(Coin::Dollar) = ev {
                break 'scan i;
            }
        }
        events.len()
    };
    found
}

fn main() {
    let events = [
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Quarter),
        Event::Select { slot: 1, qty: 1 },
        Event::Insert(Coin::Dime),
        Event::Insert(Coin::Nickel),
        Event::Select { slot: 7, qty: 1 },
        Event::Service(0x8005),
        Event::Select { slot: 0, qty: 5 },
        Event::Insert(Coin::Dollar),
        Event::Select { slot: 3, qty: 1 },
        Event::Insert(Coin::Quarter),
        Event::Refund,
        Event::Insert(Coin::Dime),
    ];
    let (credit, sales, sum) = run(&events);
    println!("machine {:#06x}", MACHINE_ID);
    println!("{:<8}|{:>8}|{:^8}|", "credit", "sales", "sum");
    println!("{:<8}|{:>8}|{:^8}|", credit, sales, sum);
    println!("first dollar at {}", first_large(&events));
    println!("avg {:>9.3}", sales as f64 / 3.0);
    println!("{:?}", events[5]);
    let Event::Select { slot, qty } = events[2] else {
        panic!("not a selection");
    };
    println!("slot {slot:02} qty {qty:<3}| {:+}", credit as i32 - 50);
}
