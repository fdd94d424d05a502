// An invoice struct (not Copy) is moved into a function and then used again.
#[derive(Debug)]
struct Invoice {
    number: u32,
    amount_cents: u64,
    paid: bool,
}

fn archive(inv: Invoice) -> u32 {
    println!("archiving {:?}", inv);
    inv.number
}

fn main() {
    let inv = Invoice { number: 1042, amount_cents: 15_999, paid: false };
    let id = archive(inv);
    if !inv.paid {
        println!("invoice {} for {} still open", id, inv.amount_cents);
    }
}
