// Employee records: a destructuring pattern names a field the struct lacks, and
// another pattern forgets fields without `..`.
#[derive(Debug, Clone, Copy)]
struct Employee {
    id: u32,
    age: u8,
    salary: u32,
    manager: bool,
}

fn raise(e: &Employee) -> u32 {
    let Employee { salary, manager, bonus, .. } = *e;
    if manager {
        salary / 10
    } else {
        salary / 20
    }
}

fn is_senior(e: &Employee) -> bool {
    let Employee { age, manager } = e;
    *age > 50 || *manager
}

fn badge(e: Employee) -> u32 {
    match e {
        Employee { id, manager: true, .. } => id + 10000,
        Employee { id, .. } => id,
    }
}

fn main() {
    let staff = [
        Employee { id: 1, age: 34, salary: 52000, manager: false },
        Employee { id: 2, age: 58, salary: 91000, manager: true },
    ];
    for e in staff.iter() {
        println!("{} {} {}", raise(e), is_senior(e), badge(*e));
    }
}
