const LOW: i32 = 10;
const HIGH: i32 = 20;

mod codes {
    pub const OK: u16 = 200;
    pub const NOT_FOUND: u16 = 404;
}

fn bucket(x: i32) -> &'static str {
    match x {
        LOW => "exactly low",
        HIGH => "exactly high",
        LOW..=HIGH => "between",
        _ => "outside",
    }
}

fn status(code: u16) -> &'static str {
    use codes::*;
    match code {
        OK => "ok",
        NOT_FOUND => "missing",
        500..=599 => "server",
        _ => "other",
    }
}

fn main() {
    for x in [10, 15, 20, 99] {
        println!("{} {}", x, bucket(x));
    }
    for c in [200, 404, 503, 302] {
        println!("{} {}", c, status(c));
    }
}
