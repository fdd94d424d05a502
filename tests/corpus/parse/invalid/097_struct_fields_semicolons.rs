struct Employee {
    name: String;
    salary: u32;
}

fn main() {
    let e = Employee { name: String::from("ann"), salary: 100 };
    println!("{} {}", e.name, e.salary);
}
