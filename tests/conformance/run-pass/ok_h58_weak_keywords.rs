// Weak / contextual keywords are ordinary identifiers.
#[derive(Debug)]
struct Config {
    union: u32,
    default: bool,
    auto: i32,
    raw: u8,
    safe: bool,
}

fn macro_rules(x: i32) -> i32 {
    x + 1
}

fn main() {
    let union = 3;
    let default = false;
    let auto = -1;
    let raw = b'r';
    let safe = true;
    let gen = 7;
    let c = Config { union, default, auto, raw, safe };
    println!("{:?} {}", c, macro_rules(gen));
    let r#try = 5;
    let r#async = 6;
    let r#dyn = 8;
    println!("{} {} {}", r#try, r#async, r#dyn);
    println!("{} {} {} {} {}", c.union, c.default, c.auto, c.raw, c.safe);
}
