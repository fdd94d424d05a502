use bank::branch::next_epoch;
use bank::Token;
use vault_core::keys::rotation::reset;
use vault_core::ledger::replay;

fn main() {
    let mut acct = bank::Account::open(42);
    acct.deposit(1200);
    println!("balance {}", acct.balance);
    println!("limit {} / {}", bank::Account::OVERDRAFT, bank::Account::AUDIT_LIMIT);
    if acct.needs_audit(5) {
        println!("audit");
    }
    let t = bank::branch::keys::Token(9);
    println!("token {} {}", t.value(), t.0);
    println!("index {}", vault_core::rebuild_index());
    let e = bank::Entry { account: acct.id, amount: acct.balance() };
    println!("{:?} code {}", e, bank::branch::code(3));
}
