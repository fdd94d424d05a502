// lints: dead_code
// Fields that are only read through the derived Debug impl.
#[derive(Debug)]
struct Config {
    verbose: bool,
    level: u8,
    name: &'static str,
}

#[derive(Debug, Clone, Copy)]
enum Mode {
    Fast,
    Safe,
    Paranoid,
}

fn main() {
    let c = Config { verbose: true, level: 3, name: "default" };
    println!("{:?}", c);
    println!("{}", c.level);
    let m = Mode::Fast;
    println!("{:?} {:?}", m, Mode::Safe);
}
