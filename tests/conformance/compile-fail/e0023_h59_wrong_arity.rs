#[derive(Debug, Clone, Copy)]
enum Msg {
    Move(i32, i32),
    Write(u8),
    Quit,
}

fn handle(m: Msg) -> i32 {
    match m {
        Msg::Move(x) => x,
        Msg::Write(b) => b as i32,
    }
}

fn main() {
    println!("{}", handle(Msg::Move(1, 2)));
    let _ = Msg::Quit;
}
