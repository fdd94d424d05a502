// A type alias to a misspelled type, used in many signatures.
type Money = Decimel;

struct Account {
    owner: &'static str,
    balance: Money,
}

fn deposit(acc: &mut Account, amount: Money) {
    acc.balance += amount;
}

fn withdraw(acc: &mut Account, amount: Money) -> bool {
    if acc.balance >= amount {
        acc.balance -= amount;
        true
    } else {
        false
    }
}

fn total(accs: &[Account]) -> Money {
    let mut t = 0;
    for a in accs {
        t += a.balance;
    }
    t
}

fn main() {
    let mut a = Account { owner: "ann", balance: 10 };
    let mut b = Account { owner: "bob", balance: 5 };
    deposit(&mut a, 7);
    let ok = withdraw(&mut b, 9);
    println!("{} {} {}", a.owner, b.owner, ok);
    let all = [a, b];
    let t = total(&all);
    let s: &str = t;
    println!("{}", s);
    let n: i32 = "x";
    println!("{}", n);
}
