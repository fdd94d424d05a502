// lints: unconditional_recursion
// Functions that call themselves on every path: a forgotten base case and a method meant to call a field.
struct Account {
    balance: i64,
}

impl Account {
    fn balance(&self) -> i64 {
        self.balance()
    }
}

fn countdown(n: u32) -> u32 {
    println!("{}", n);
    countdown(n - 1)
}

fn is_even(n: u32) -> bool {
    if n % 2 == 0 { is_even(n) } else { !is_even(n) }
}

fn main() {
    let a = Account { balance: 5 };
    if a.balance > 100 {
        println!("{} {} {}", a.balance(), countdown(3), is_even(4));
    }
}
