#[derive(Debug, Clone, Copy, PartialEq)]
enum Planet {
    Mercury,
    Venus,
    Earth,
    Mars,
}

use Planet::*;

fn moons(p: Planet) -> u32 {
    match p {
        Mercury | Venus => 0,
        Earth => 1,
    }
}

fn main() {
    for p in [Mercury, Venus, Earth, Mars] {
        println!("{:?} {}", p, moons(p));
    }
}
