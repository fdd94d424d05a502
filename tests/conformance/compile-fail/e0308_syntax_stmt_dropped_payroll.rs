// A missing operator (`self.base 2`) fails the whole `let`: rustc drops that
// statement and the rest of its block, so the misspelled `bonus_rate` in it
// is never resolved and `total` gets no lints (its unused `cap` is not
// reported). The other functions are checked as usual.
struct Payroll {
    base: u32,
    hours: u32,
}

impl Payroll {
    fn overtime(&self) -> u32 {
        if self.hours > 40 {
            self.hours - 40
        } else {
            0
        }
    }

    fn total(&self) -> u32 {
        let cap = 1000;
        let bonus = bonus_rate(self.base) * self.base 2;
        self.base + bonus
    }
}

fn is_full_time(pay: &Payroll) -> bool {
    let hours: u32 = pay.hours;
    hours
}

fn main() {
    let pay = Payroll { base: 100, hours: 45 };
    let extra = pay.overtime();
    let full = is_full_time(&pay);
    println!("{} {} {}", pay.total(), extra, full);
}
