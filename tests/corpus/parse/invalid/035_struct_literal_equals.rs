#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
}

fn main() {
    let cfg = Config { verbose = true, level = 3 };
    println!("{:?}", cfg);
}
