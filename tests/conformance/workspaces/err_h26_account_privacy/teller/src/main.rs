// Teller terminal: reaches into the ledger further than it may.
use ledger::account::{Account, Limits, Tier};

fn main() {
    let mut a = Account::open(7);
    a.deposit(1200);
    println!("{} {} {:?}", a.id, a.balance(), ledger::tier_for(a.balance()));
    let tier = ledger::tier_for(a.balance());
    println!("{} {}", tier as u8, tier > Tier::Basic);
    let raised = Limits { daily: 2000, ..a.limits };
    let custom = Limits { daily: 100, overdraft: 50 };
    println!("{:?} {:?}", raised, custom);
    a.force_set(-20);
    println!("{} {}", a.healthy(), a.audit());
    println!("{}", ledger::account::FEE_CENTS);
    let copy = Account { id: 8, ..a };
    println!("{} {}", copy.balance, a.limits.overdraft);
}
