#[derive(Debug, Clone, Copy)]
enum Mode {
    Read,
    Write,
}

fn handle(m: Mode) -> u8 {
    match m {}
}

fn main() {
    println!("{}", handle(Mode::Read));
    let _ = Mode::Write;
}
