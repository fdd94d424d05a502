// pub(crate), pub(super), pub(in path) and private items used where they are visible.
mod company {
    pub mod payroll {
        pub mod tax {
            pub(in crate::company) fn rate(salary: u32) -> u32 {
                if salary > 5000 { 30 } else { 20 }
            }
            pub(in crate::company::payroll) fn deduction(salary: u32) -> u32 {
                salary * rate(salary) / 100
            }
            pub(super) fn net(salary: u32) -> u32 {
                salary - deduction(salary)
            }
        }

        pub fn payslip(salary: u32) -> (u32, u32) {
            (tax::net(salary), tax::deduction(salary))
        }

        pub(crate) struct Employee {
            pub(crate) id: u32,
            pub(super) salary: u32,
        }

        pub(crate) fn hire(id: u32, salary: u32) -> Employee {
            Employee { id, salary }
        }
    }

    pub fn budget(staff: &[payroll::Employee]) -> u32 {
        let mut total = 0;
        for e in staff {
            total += e.salary + payroll::tax::rate(e.salary);
        }
        total
    }
}

fn main() {
    let staff = [company::payroll::hire(1, 4000), company::payroll::hire(2, 6000)];
    for e in &staff {
        let (net, tax) = company::payroll::payslip(company::budget(&staff[..1]) + e.id);
        println!("employee {}: net {} tax {}", e.id, net, tax);
    }
    println!("budget {}", company::budget(&staff));
}
