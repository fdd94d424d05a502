// A logger whose format strings are malformed, next to ordinary type errors.
#[derive(Debug, Clone, Copy)]
struct Event {
    code: u16,
    severity: u8,
}

impl Event {
    fn log(&self) {
        println!("event {self.code} at level {}", self.severity);
    }
    fn short(&self) {
        println!("{:?", self.code);
    }
}

fn render(e: Event) -> u16 {
    let prefix = "evt";
    println!(prefix);
    print!("{} {", e.code);
    println!("{}}", e.severity);
    e.severity
}

fn check(e: Event) {
    let limit: u8 = 5;
    if e.severity > limit {
        panic!(e.code);
    }
    let level: u16 = e.severity;
    println!("{level}");
}

fn main() {
    let e = Event { code: 404, severity: 7 };
    e.log();
    e.short();
    println!("{}", render(e));
    check(e);
}
