// Consuming a field inside println!/assert! arguments, then using the parent.
#[derive(Debug)]
struct Receipt {
    number: u32,
    lines: u8,
}

impl Receipt {
    fn finalize(self) -> u32 {
        self.number * 100 + self.lines as u32
    }
}

#[derive(Debug)]
struct Sale {
    receipt: Receipt,
    refund: Receipt,
    amount: u64,
}

impl Sale {
    fn describe(&self) -> u64 {
        self.amount + self.receipt.lines as u64
    }
}

fn archive(r: Receipt) -> u32 {
    r.number
}

fn main() {
    let sale = Sale {
        receipt: Receipt { number: 17, lines: 3 },
        refund: Receipt { number: 18, lines: 0 },
        amount: 2599,
    };
    println!("final id {}", sale.receipt.finalize());
    println!("sale {:?}", sale);

    let other = Sale {
        receipt: Receipt { number: 20, lines: 1 },
        refund: Receipt { number: 21, lines: 1 },
        amount: 10,
    };
    assert!(archive(other.refund) > 0);
    println!("{}", other.describe());
    println!("{}", archive(other.refund));
}
