use std::io;

fn read_number() -> Option<i64> {
    let mut line = String::new();
    io::stdin().read_line(&mut line).ok()?;
    line.trim().parse<i64>().ok()
}

fn main() {
    match read_number() {
        Some(n) => println!("twice: {}", n * 2),
        None => println!("not a number"),
    }
}
