use vault::codes::MASTER;
use vault::ledger::{self, Entry};

fn main() {
    let entries = [
        Entry { amount: 200, memo: "deposit" },
        Entry { amount: -50, memo: "fee" },
    ];
    println!("balance {}", ledger::balance(&entries));
    println!("audited {}", ledger::audit(&entries));
    println!("limit {}", vault::ledger::LIMIT);

    let guess = vault::codes::rotate(MASTER);
    if vault::try_open(guess) {
        println!("opened with {} digits", vault::PIN_LENGTH);
    }
    if vault::open_door(1234) {
        println!("should not happen");
    }
    let sum = ledger::Checksum(7);
    let max = [0u8; vault::PIN_LENGTH];
    println!("{} {}", vault::MAX_WITHDRAWAL, entries[0].memo);
    let _ = (sum, max, ledger::reset());
}
