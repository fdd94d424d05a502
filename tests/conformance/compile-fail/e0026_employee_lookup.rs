// Payroll: a pattern uses the field name `salary` but the struct calls it `wage`.
struct Employee {
    id: u32,
    name: &'static str,
    wage: u32,
    manager: bool,
}

fn monthly_cost(e: &Employee) -> u32 {
    let Employee { salary, manager, .. } = e;
    if *manager { salary + 500 } else { *salary }
}

fn main() {
    let staff = [
        Employee { id: 1, name: "Kim", wage: 4200, manager: true },
        Employee { id: 2, name: "Lou", wage: 3100, manager: false },
    ];
    let mut total = 0;
    for e in &staff {
        total += monthly_cost(e);
        println!("{} {}", e.id, e.name);
    }
    println!("payroll {}", total);
}
