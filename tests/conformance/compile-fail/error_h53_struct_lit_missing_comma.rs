// Missing comma in a struct literal expression.
#[derive(Debug, Clone, Copy)]
struct Config {
    width: u32,
    height: u32,
    fullscreen: bool,
}

fn main() {
    let cfg = Config {
        width: 800
        height: 600,
        fullscreen: false,
    };
    println!("{:?}", cfg);
}
