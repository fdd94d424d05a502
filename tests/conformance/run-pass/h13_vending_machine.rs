// Vending machine: coin handling with enums, match on references, ref/ref mut bindings, statics.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel = 5,
    Dime = 10,
    Quarter = 25,
    Dollar = 100,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Insert(Coin),
    Select { slot: u8 },
    Refund,
    Service { restock: u8 },
}

#[derive(Debug)]
struct Slot {
    name: &'static str,
    price: u16,
    stock: u8,
}

static COINS_DESC: [Coin; 4] = [Coin::Dollar, Coin::Quarter, Coin::Dime, Coin::Nickel];

struct Machine {
    slots: [Slot; 3],
    credit: u16,
    bank: u32,
}

impl Machine {
    fn change(&self, mut amount: u16) -> [u8; 4] {
        let mut out = [0u8; 4];
        for (i, &coin) in COINS_DESC.iter().enumerate() {
            let v = coin as u16;
            out[i] = (amount / v) as u8;
            amount %= v;
        }
        out
    }

    fn handle(&mut self, ev: &Event) -> i32 {
        match ev {
            Event::Insert(c @ (Coin::Dime | Coin::Quarter | Coin::Dollar)) => {
                self.credit += *c as u16;
                0
            }
            Event::Insert(Coin::Nickel) => -5,
            &Event::Select { slot } if slot as usize >= self.slots.len() => -1,
            Event::Select { slot } => {
                let credit = self.credit;
                let Slot { ref name, price, ref mut stock } = self.slots[*slot as usize];
                if *stock == 0 {
                    println!("  {name} sold out");
                    return -2;
                }
                if credit < price {
                    println!("  {name} needs {} more", price - credit);
                    return -3;
                }
                *stock -= 1;
                self.bank += price as u32;
                self.credit = credit - price;
                println!("  vend {name}, change {:?}", self.change(self.credit));
                self.credit = 0;
                price as i32
            }
            Event::Refund => {
                let back = self.credit;
                self.credit = 0;
                println!("  refund {:?}", self.change(back));
                back as i32
            }
            Event::Service { restock } => {
                for s in self.slots.iter_mut() {
                    s.stock = s.stock.saturating_add(*restock).min(9);
                }
                0
            }
        }
    }
}

fn main() {
    let mut m = Machine {
        slots: [
            Slot { name: "cola", price: 125, stock: 1 },
            Slot { name: "chips", price: 90, stock: 0 },
            Slot { name: "gum", price: 35, stock: 5 },
        ],
        credit: 0,
        bank: 0,
    };
    let events = [
        Event::Insert(Coin::Dollar), Event::Select { slot: 0 }, Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Dime), Event::Select { slot: 0 }, Event::Insert(Coin::Nickel),
        Event::Insert(Coin::Dollar), Event::Select { slot: 0 }, Event::Select { slot: 1 },
        Event::Select { slot: 7 }, Event::Refund, Event::Service { restock: 250 },
        Event::Insert(Coin::Quarter), Event::Insert(Coin::Quarter), Event::Select { slot: 2 },
    ];
    let mut code_sum = 0i64;
    for (i, ev) in events.iter().enumerate() {
        let code = m.handle(ev);
        code_sum += code as i64;
        println!("{i:>2} {:<28} -> {code:>4} credit {:>3}", format_event(ev), m.credit);
    }
    println!("bank {} sum {code_sum}", m.bank);
    println!("{:#?}", m.slots[1]);
}

fn format_event(ev: &Event) -> &'static str {
    match *ev {
        Event::Insert(Coin::Dollar) => "insert dollar",
        Event::Insert(_) => "insert coin",
        Event::Select { slot: 0..=2 } => "select",
        Event::Select { .. } => "select invalid",
        Event::Refund => "refund",
        Event::Service { .. } => "service",
    }
}
