use ledger::Account;
use money::{print, Cents};

fn main() {
    let mut basic = Account::open("ana", false);
    let mut gold = Account::open("bo", true);
    for amount in [10_000, -12_500, 2_550] {
        let a = basic.post(Cents(amount));
        let b = gold.post(Cents(amount));
        println!("post {}: basic {} gold {}", amount, a, b);
    }
    print(basic.owner, basic.balance());
    print(gold.owner, gold.balance());
}
