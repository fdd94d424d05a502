struct Employee {
    name: String;
    salary: u32;
}

fn main() {
    let e = Employee { name: String::from("ann"), salary: 100 };
    println!("{} {}", e.name, e.salary);
}

#[derive(Debug, Default)]
struct Stopwatch {
    laps: Vec<u64>,
}

impl Stopwatch {
    fn lap(&mut self, ms: u64) {
        self.laps.push(ms);
    }
}
