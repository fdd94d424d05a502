// Payroll totals: accumulators declared without mut, a parameter reassigned.
#[derive(Debug, Clone, Copy)]
enum Pay {
    Hourly { rate_cents: u32, hours: u32 },
    Salary(u32),
    Commission { base: u32, sales: u32, percent: u32 },
}

fn weekly(p: Pay) -> u32 {
    match p {
        Pay::Hourly { rate_cents, hours } if hours > 40 => {
            rate_cents * 40 + (hours - 40) * rate_cents * 3 / 2
        }
        Pay::Hourly { rate_cents, hours } => rate_cents * hours,
        Pay::Salary(year) => year / 52,
        Pay::Commission { base, sales, percent } => base + sales * percent / 100,
    }
}

fn apply_tax(gross: u32, bracket: u32) -> u32 {
    if gross > 200_000 {
        // mistake: parameter reassigned without `mut`
        bracket = bracket + 5;
    }
    gross - gross * bracket / 100
}

fn main() {
    let staff = [
        Pay::Hourly { rate_cents: 2_500, hours: 38 },
        Pay::Hourly { rate_cents: 3_000, hours: 45 },
        Pay::Salary(5_200_000),
        Pay::Commission { base: 50_000, sales: 1_000_000, percent: 7 },
    ];
    let total = 0;
    let mut net_total = 0;
    for (i, p) in staff.iter().enumerate() {
        let gross = weekly(*p);
        let net = apply_tax(gross, 20);
        // mistake: `total` is immutable
        total += gross;
        net_total += net;
        println!("{} {:?}: gross {} net {}", i, p, gross, net);
    }
    println!("total {} net {}", total, net_total);
    let highest;
    highest = 0;
    for p in staff {
        let w = weekly(p);
        if w > highest {
            // mistake: `highest` was already assigned once
            highest = w;
        }
    }
    println!("highest {}", highest);
}
