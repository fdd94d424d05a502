// Game markers declared twice as unit and tuple structs.
#[derive(Debug, Clone, Copy)]
struct Start;

#[derive(Debug, Clone, Copy)]
struct Goal(u8, u8);

struct Start;

struct Goal(u8, u8);

fn distance(a: (u8, u8), b: (u8, u8)) -> u8 {
    a.0.abs_diff(b.0) + a.1.abs_diff(b.1)
}

fn main() {
    let g = Goal(3, 4);
    println!("{:?} {}", Start, distance((0, 0), (g.0, g.1)));
}
