// A vending machine that accepts coins, dispenses products and returns change.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Coin {
    Nickel,
    Dime,
    Quarter,
    Dollar,
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

#[derive(Debug)]
enum Event {
    Insert(Coin),
    Select(usize),
    Cancel,
}

struct Machine {
    credit: u32,
    prices: [u32; 3],
    stock: [u32; 3],
}

impl Machine {
    fn handle(&mut self, event: &Event) {
        match event {
            Event::Insert(coin) => {
                self.credit += coin.cents();
                println!("  credit now {}", self.credit);
            }
            Event::Select(slot) if *slot >= self.prices.len() => println!("  no such slot {}", slot),
            Event::Select(slot) => {
                let price = self.prices[*slot];
                if self.stock[*slot] == 0 {
                    println!("  slot {} sold out", slot);
                } else if self.credit < price {
                    println!("  need {} more", price - self.credit);
                } else {
                    self.stock[*slot] -= 1;
                    self.credit -= price;
                    println!("  vend slot {}, change {}", slot, self.credit);
                    self.give_change();
                }
            }
            Event::Cancel => self.give_change(),
        }
    }

    fn give_change(&mut self) {
        let coins = [Coin::Quarter, Coin::Dime, Coin::Nickel];
        for coin in coins {
            while self.credit >= coin.cents() {
                self.credit -= coin.cents();
                print!("  {:?}", coin);
            }
        }
        println!();
    }
}

fn main() {
    let mut m = Machine { credit: 0, prices: [65, 120, 90], stock: [2, 1, 0] };
    let script = [
        Event::Insert(Coin::Quarter), Event::Insert(Coin::Quarter), Event::Select(0),
        Event::Insert(Coin::Dime), Event::Insert(Coin::Dime), Event::Select(0),
        Event::Insert(Coin::Dollar), Event::Select(2), Event::Select(7), Event::Cancel,
    ];
    for e in &script {
        println!("{:?}", e);
        m.handle(e);
    }
    println!("stock left {:?}", m.stock);
}
