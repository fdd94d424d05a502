// Returning a reference without a lifetime to borrow from (the Book's dangle()).
#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
}

fn dangle() -> &Config {
    let c = Config { verbose: true, level: 3 };
    &c
}

fn pick(a: &Config, b: &Config) -> &Config {
    if a.level > b.level { a } else { b }
}

fn main() {
    let c = dangle();
    let other = Config { verbose: false, level: 1 };
    println!("{:?} {:?}", c, pick(c, &other));
}
