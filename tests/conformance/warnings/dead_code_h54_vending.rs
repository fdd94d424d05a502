// lints: dead_code
// Vending machine state machine with coins, selections and change.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Collecting(u32),
    Dispensing { slot: usize, change: u32 },
    OutOfOrder,
}

#[derive(Debug)]
struct Slot {
    label: char,
    price: u32,
    stock: u8,
}

struct Machine {
    state: State,
    slots: [Slot; 3],
    serial: u64,
}

impl Coin {
    fn cents(self) -> u32 {
        match self {
            Coin::Nickel => 5,
            Coin::Dime => 10,
            Coin::Quarter => 25,
            Coin::Dollar => 100,
        }
    }
}

impl Machine {
    const MAX_CREDIT: u32 = 500;

    fn new() -> Machine {
        Machine {
            state: State::Idle,
            slots: [
                Slot { label: 'A', price: 125, stock: 2 },
                Slot { label: 'B', price: 90, stock: 0 },
                Slot { label: 'C', price: 65, stock: 5 },
            ],
            serial: 42,
        }
    }

    fn insert(&mut self, coin: Coin) {
        self.state = match self.state {
            State::Idle => State::Collecting(coin.cents()),
            State::Collecting(c) => State::Collecting((c + coin.cents()).min(Machine::MAX_CREDIT)),
            other => other,
        };
    }

    fn select(&mut self, slot: usize) {
        if let State::Collecting(credit) = self.state {
            let s = &mut self.slots[slot];
            if s.stock > 0 && credit >= s.price {
                s.stock -= 1;
                self.state = State::Dispensing { slot, change: credit - s.price };
            }
        }
    }

    fn finish(&mut self) -> u32 {
        match self.state {
            State::Dispensing { change, .. } => {
                self.state = State::Idle;
                change
            }
            _ => 0,
        }
    }

    fn reset_serial(&mut self) {
        self.serial = 0;
    }
}

fn main() {
    let mut m = Machine::new();
    for c in [Coin::Dollar, Coin::Quarter, Coin::Dime] {
        m.insert(c);
    }
    println!("{:?}", m.state);
    m.select(0);
    println!("{:?}", m.state);
    println!("change: {}", m.finish());
    m.insert(Coin::Quarter);
    m.select(1);
    println!("{:?} slot A left {}", m.state, m.slots[0].stock);
}
