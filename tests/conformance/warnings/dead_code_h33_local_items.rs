// lints: dead_code unused_imports unused_variables
mod tools {
    pub fn trim(x: u32) -> u32 {
        x % 100
    }
    pub fn pad(x: u32) -> u32 {
        x + 1000
    }
}

fn run(v: u32) -> u32 {
    use tools::{pad, trim};
    fn inner_unused(x: u32) -> u32 {
        x
    }
    const UNUSED_LOCAL: u32 = 3;
    struct LocalNever;
    enum Mode {
        Fast,
        Slow,
    }
    let m = Mode::Fast;
    let r = trim(v);
    r
}

fn main() {
    println!("{}", run(12345));
}
