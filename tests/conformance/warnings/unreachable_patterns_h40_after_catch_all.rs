// lints: unreachable_patterns
#[derive(Debug, Clone, Copy)]
enum Level {
    Debug,
    Info,
    Warn,
    Error,
}

fn prefix(l: Level) -> &'static str {
    match l {
        Level::Error => "E",
        other => {
            println!("fallback for {:?}", other);
            "?"
        }
        Level::Warn => "W",
    }
}

fn code(n: u16) -> &'static str {
    match n {
        200 => "ok",
        400..=499 => "client",
        404 => "not found",
        500..=599 => "server",
        _ => "other",
        301 => "moved",
    }
}

fn route(a: Level, verbose: bool) -> u8 {
    match (a, verbose) {
        (_, true) => 2,
        (Level::Debug, _) => 0,
        (Level::Debug, false) => 1,
        (Level::Info | Level::Warn | Level::Error, false) => 3,
        (_, _) => 4,
    }
}

fn main() {
    for l in [Level::Debug, Level::Info, Level::Warn, Level::Error] {
        println!("{} {}", prefix(l), route(l, false));
    }
    println!("{}", code(404));
}
