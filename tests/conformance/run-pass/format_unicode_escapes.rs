// A status board printing symbols with unicode escapes next to placeholders.
const CHECK: char = '\u{2713}';
const CROSS: char = '\u{2717}';

#[derive(Debug, Clone, Copy, PartialEq)]
enum Status {
    Up,
    Down,
}

fn symbol(s: Status) -> char {
    match s {
        Status::Up => CHECK,
        Status::Down => CROSS,
    }
}

fn main() {
    let services = [("db", Status::Up), ("cache", Status::Down), ("queue", Status::Up)];
    println!("\u{2500}\u{2500} services \u{2500}\u{2500}");
    for (name, status) in services {
        println!("{:<6}\u{20}{} {:?}", name, symbol(status), status);
    }
    let mut up = 0;
    for (_, s) in services.iter() {
        if *s == Status::Up {
            up += 1;
        }
    }
    println!("\u{41}ll done\t{{{}}}", up);
}
