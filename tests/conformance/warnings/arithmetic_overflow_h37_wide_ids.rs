// lints: arithmetic_overflow unconditional_panic
// regen: build
// 128-bit identifiers and counters for a ledger, pushed past their limits.
const LAST_ID: u128 = u128::MAX;
const LEDGER_MIN: i128 = i128::MIN;

struct Ledger {
    next_id: u128,
    balance: i128,
}

fn after_last() -> u128 {
    u128::MAX + 1
}

fn after_last_const() -> u128 {
    LAST_ID + 1
}

fn overdrawn() -> i128 {
    i128::MAX + 1
}

fn flip_sign() -> i128 {
    let lowest = i128::MIN;
    -lowest
}

fn split(total: i128) -> i128 {
    LEDGER_MIN / -1 + total
}

fn shift_id(ledger: &Ledger) -> u128 {
    ledger.next_id << 128
}

fn doubled() -> u128 {
    let half = u128::MAX / 2 + 1;
    half * 2
}

fn small_ok() -> u128 {
    let big: u128 = 1 << 100;
    big + 1
}

fn main() {
    let ledger = Ledger { next_id: 1, balance: -5 };
    println!("{}", after_last());
    println!("{}", after_last_const());
    println!("{}", overdrawn());
    println!("{}", flip_sign());
    println!("{}", split(ledger.balance));
    println!("{}", shift_id(&ledger));
    println!("{}", doubled());
    println!("{}", small_ok());
}
