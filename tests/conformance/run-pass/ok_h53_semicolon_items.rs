// Items that legitimately end with `;` and statements that don't need one.
struct Unit;
struct Pair(i32, i32);

#[derive(Debug, Clone, Copy, Default)]
struct Meters(f64);

const SCALE: f64 = 2.5;
static NAME: &str = "demo";
type Coord = (i32, i32);

fn origin() -> Coord {
    (0, 0)
}

fn main() {
    let _u = Unit;
    let p = Pair(1, 2);
    let m = Meters(4.0);
    let c = origin();
    if p.0 < p.1 {
        println!("ordered")
    }
    for i in 0..2 {
        println!("{}", i)
    }
    match c {
        (0, 0) => println!("origin"),
        _ => {}
    }
    let scaled = Meters(m.0 * SCALE);
    println!("{} {:?} {:?}", NAME, scaled, Meters::default())
}
