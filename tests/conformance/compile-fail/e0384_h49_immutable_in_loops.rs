// Immutable bindings assigned inside loops.
#[derive(Debug, Clone, Copy)]
enum Entry {
    Deposit(u32),
    Withdraw(u32),
    Fee,
}

fn balance(entries: &[Entry]) -> i64 {
    let total = 0i64;
    for e in entries {
        match *e {
            Entry::Deposit(n) => total += n as i64,
            Entry::Withdraw(n) => total -= n as i64,
            Entry::Fee => {}
        }
    }
    total
}

fn largest_deposit(entries: &[Entry]) -> u32 {
    let best: u32;
    let mut seen = 0;
    for e in entries {
        if let Entry::Deposit(n) = *e {
            best = n;
            seen += 1;
        }
    }
    if seen == 0 { 0 } else { best }
}

fn fees(entries: &[Entry]) -> u32 {
    let mut count = 0;
    for e in entries {
        let Entry::Fee = *e else { continue };
        count += 1;
    }
    for i in 0..count {
        i *= 2;
    }
    count
}

fn main() {
    let book = [Entry::Deposit(100), Entry::Fee, Entry::Withdraw(30), Entry::Deposit(70)];
    println!("{} {} {}", balance(&book), largest_deposit(&book), fees(&book));
}
