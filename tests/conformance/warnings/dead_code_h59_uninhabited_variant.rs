// lints: dead_code
#[derive(Debug, Clone, Copy)]
enum Void {}

#[derive(Debug, Clone, Copy)]
enum Msg {
    Ping(u32),
    Impossible(Void),
}

fn handle(m: Msg) -> u32 {
    match m {
        Msg::Ping(n) => n,
        Msg::Impossible(_) => 0,
    }
}

fn main() {
    println!("{}", handle(Msg::Ping(3)));
}
