// Ledger: `&mut` taken of bindings that were never declared `mut`.

#[derive(Debug)]
struct Ledger {
    entries: [i64; 8],
    len: usize,
}

impl Ledger {
    fn push(&mut self, amount: i64) {
        if self.len < self.entries.len() {
            self.entries[self.len] = amount;
            self.len += 1;
        }
    }

    fn balance(&self) -> i64 {
        let mut sum = 0;
        for i in 0..self.len {
            sum += self.entries[i];
        }
        sum
    }
}

fn record_payroll(ledger: &mut Ledger, salaries: &[i64]) {
    for s in salaries {
        ledger.push(-s);
    }
}

fn reset_totals(totals: &mut [i64; 3]) {
    for t in totals.iter_mut() {
        *t = 0;
    }
}

fn main() {
    let ledger = Ledger { entries: [0; 8], len: 0 };
    ledger.push(50_000);
    record_payroll(&mut ledger, &[12_000, 9_500]);
    let totals = [1, 2, 3];
    reset_totals(&mut totals);
    println!("{} {:?}", ledger.balance(), totals);
}
