// Reusing names of consts as local variables: a `let` with a const's name is a pattern.
const WIDTH: u32 = 80;
const HEIGHT: u32 = 24;
const TAB: u32 = 4;

fn terminal_size() -> (u32, u32) {
    (120, 40)
}

fn layout() -> u32 {
    let (WIDTH, HEIGHT) = terminal_size();
    WIDTH * HEIGHT
}

fn indent(level: u32) -> u32 {
    let TAB = level * 2;
    TAB
}

fn columns() -> u32 {
    let width = WIDTH;
    let (cols, _) = terminal_size();
    width.min(cols)
}

fn main() {
    println!("{} {} {}", layout(), indent(3), columns());
    println!("{} {}", HEIGHT, TAB);
}
