// lints: while_true unused_variables
// Bank simulation main loop written as `while true`, as in C and Python.

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Deposit(i64),
    Withdraw(i64),
    Quit,
}

const SCRIPT: [Cmd; 5] = [Cmd::Deposit(100), Cmd::Withdraw(30), Cmd::Withdraw(200), Cmd::Deposit(5), Cmd::Quit];

fn run() -> i64 {
    let mut balance = 0i64;
    let mut pc = 0;
    while true {
        let cmd = SCRIPT[pc];
        pc += 1;
        match cmd {
            Cmd::Deposit(a) => balance += a,
            Cmd::Withdraw(a) => {
                if a > balance {
                    println!("declined {}", a);
                    continue;
                }
                balance -= a;
            }
            Cmd::Quit => break,
        }
    }
    balance
}

fn drain(limit: u32) -> u32 {
    let mut n = 0;
    while true {
        if n >= limit {
            return n;
        }
        n += 3;
    }
    0
}

fn main() {
    let retries = 3;
    println!("{} {}", run(), drain(10));
}
