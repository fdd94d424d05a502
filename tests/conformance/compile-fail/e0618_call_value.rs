// Calling things that are not functions: a local that shadows a function, and a unit variant.
#[derive(Debug, Clone, Copy)]
enum Mode {
    Idle,
    Run(u32),
}

fn area(w: u32, h: u32) -> u32 {
    w * h
}

fn main() {
    let area = area(3, 4);
    let doubled = area(6, 8);
    let m = Mode::Idle();
    println!("{} {:?} {:?}", doubled, m, Mode::Run(1));
}
