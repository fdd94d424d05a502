use bank::account::Account;

fn main() {
    let mut acc = Account::open(1);
    acc.deposit(Account::MIN_DEPOSIT * 5);
    let ok = acc.withdraw(120);
    println!("{} {} {}", ok, acc.balance(), bank::interest(&acc));
    println!("{}", acc.balance);
    acc.force_set(1_000);
    let fee = Account::FEE;
    if acc.audit() {
        println!("{} {}", fee, acc.limit);
    }
    println!("{}", bank::rates::SAVINGS_BPS);
    let other = Account { id: 2, balance: 0, limit: 0 };
    println!("{:?}", other);
}
