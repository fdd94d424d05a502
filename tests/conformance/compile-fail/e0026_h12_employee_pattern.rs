// Payroll matching on struct patterns with a misspelled field and a missing one.
#[derive(Debug, Clone, Copy)]
struct Employee {
    id: u32,
    hourly_cents: u32,
    hours: u32,
    manager: bool,
}

fn weekly_pay(e: &Employee) -> u32 {
    let Employee { hourly_cents, hours, .. } = *e;
    let base = hourly_cents * hours.min(40);
    let overtime = if hours > 40 { (hours - 40) * hourly_cents * 3 / 2 } else { 0 };
    base + overtime
}

fn bonus(e: &Employee) -> u32 {
    match e {
        Employee { manager: true, hourly_rate, .. } => hourly_rate * 10,
        Employee { id, hours } => *id + *hours,
    }
}

fn main() {
    let staff = [
        Employee { id: 1, hourly_cents: 2500, hours: 45, manager: true },
        Employee { id: 2, hourly_cents: 1800, hours: 38, manager: false },
    ];
    for e in staff.iter() {
        println!("{} earns {} + {}", e.id, weekly_pay(e), bonus(e));
    }
}
