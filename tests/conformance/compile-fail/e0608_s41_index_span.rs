#[derive(Clone, Copy)]
struct Pos {
    x: usize,
    y: usize,
}

fn main() {
    let start = Pos { x: 1, y: 2 };
    let corner = start[0];
    let n = 5u32;
    let bit = n[1];
    println!("{} {} {} {}", corner, bit, start.x, start.y);
}
