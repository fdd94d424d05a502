// Vending machine state machine: coins in, product out, change back.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Product {
    Chips,
    Candy,
    Soda,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Event {
    Insert(Coin),
    Select(Product),
    Cancel,
    Restock(Product, u8),
    Service,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Machine {
    Idle,
    Collecting { credit: u32 },
    Vending { product: Product, change: u32 },
    OutOfOrder { reason: u8, since: u32 },
}

struct Vendor {
    state: Machine,
    stock: [u8; 3],
    bank: u32,
    sold: [u32; 3],
    tick: u32,
}

fn coin_value(c: Coin) -> u32 {
    match c {
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter => 25,
        Coin::Dollar => 100,
    }
}

fn price(p: Product) -> u32 {
    match p {
        Product::Chips => 75,
        Product::Candy => 65,
        Product::Soda => 120,
    }
}

fn slot(p: Product) -> usize {
    p as usize
}

impl Vendor {
    fn new() -> Vendor {
        Vendor { state: Machine::Idle, stock: [2, 5, 1], bank: 0, sold: [0; 3], tick: 0 }
    }

    fn handle(&mut self, ev: Event) {
        self.tick += 1;
        let next = match (self.state, ev) {
            (Machine::OutOfOrder { .. }, Event::Service) => Machine::Idle,
            (Machine::OutOfOrder { reason, since }, _) => {
                println!("  out of order (reason {}) since tick {}", reason, since);
                self.state
            }
            (_, Event::Restock(p, n)) => {
                self.stock[slot(p)] = self.stock[slot(p)].saturating_add(n);
                self.state
            }
            (Machine::Idle, Event::Insert(c)) => Machine::Collecting { credit: coin_value(c) },
            (Machine::Collecting { credit }, Event::Insert(c)) => {
                let total = credit + coin_value(c);
                if total > 500 {
                    Machine::OutOfOrder { reason: 1, since: self.tick }
                } else {
                    Machine::Collecting { credit: total }
                }
            }
            (Machine::Collecting { credit }, Event::Select(p)) => {
                let cost = price(p);
                if self.stock[slot(p)] == 0 {
                    println!("  {:?} sold out", p);
                    Machine::Collecting { credit }
                } else if credit < cost {
                    println!("  need {} more cents", cost - credit);
                    Machine::Collecting { credit }
                } else {
                    Machine::Vending { product: p, change: credit - cost }
                }
            }
            (Machine::Collecting { credit }, Event::Cancel) => {
                println!("  returning {} cents", credit);
                Machine::Idle
            }
            (Machine::Vending { product }, _) => {
                println!("  busy vending {:?}", product);
                self.state
            }
            (Machine::Idle, Event::Select(p)) => {
                println!("  insert {} cents for {:?}", price(p), p);
                Machine::Idle
            }
            (s, Event::Cancel) | (s, Event::Service) => s,
        };
        self.state = next;
        self.finish();
    }

    fn finish(&mut self) {
        if let Machine::Vending { product, change } = self.state {
            let i = slot(product);
            self.stock[i] -= 1;
            self.sold[i] += 1;
            self.bank += price(product);
            println!("  dispensed {:?}, change {} cents", product, change);
            self.state = Machine::Idle;
        }
    }

    fn status(&self) -> &'static str {
        match self.state {
            Machine::Idle => "idle",
            Machine::Collecting { .. } => "collecting",
            Machine::Vending { .. } => "vending",
            Machine::OutOfOrder { .. } => "out of order",
        }
    }
}

fn main() {
    let events = [
        Event::Select(Product::Soda),
        Event::Insert(Coin::Dollar),
        Event::Select(Product::Soda),
        Event::Insert(Coin::Quarter),
        Event::Select(Product::Soda),
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Insert(Coin::Quarter),
        Event::Select(Product::Chips),
        Event::Insert(Coin::Dime),
        Event::Cancel,
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Dollar),
        Event::Insert(Coin::Nickel),
        Event::Select(Product::Candy),
        Event::Service,
        Event::Restock(Product::Soda, 3),
    ];
    let mut v = Vendor::new();
    for (i, ev) in events.iter().enumerate() {
        println!("[{:>2}] {:?}", i, ev);
        v.handle(*ev);
        println!("     -> {}", v.status());
    }
    println!("bank: {} cents, sold: {:?}, stock: {:?}", v.bank, v.sold, v.stock);
    let Machine::Idle = v.state;
}
