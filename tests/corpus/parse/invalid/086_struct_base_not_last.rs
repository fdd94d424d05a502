#[derive(Debug, Clone, Default)]
struct Options {
    retries: u8,
    verbose: bool,
    name: String,
}

fn main() {
    let base = Options::default();
    let custom = Options { ..base, verbose: true };
    println!("{:?}", custom);
}
