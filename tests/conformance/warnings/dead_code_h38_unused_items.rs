// lints: dead_code
// Items written "for later" and never used.
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
    label: &'static str,
}

impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }

    fn square(size: u32) -> Rectangle {
        Rectangle { width: size, height: size, label: "sq" }
    }

    fn is_square(&self) -> bool {
        self.width == self.height
    }
}

enum Command {
    Start,
    Stop,
    Pause(u32),
}

struct Unused;

const MAX_RETRIES: u32 = 3;
static GREETING: &str = "hi";

fn helper() -> u32 {
    7
}

mod tools {
    pub fn public_but_unused() {}
    fn private_unused() {}
}

fn main() {
    let r = Rectangle { width: 3, height: 4, label: "r" };
    println!("{}", r.area());
    let c = Command::Start;
    match c {
        Command::Start => println!("start"),
        _ => println!("other"),
    }
}
