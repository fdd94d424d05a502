use geo::moves::opposite;
use geo::Compass::*;

fn label(c: &geo::Compass) -> &'static str {
    match c {
        N => "north",
        E => "east",
        S => "south",
        W => "west",
    }
}

fn main() {
    let route = [N, E, E, S];
    for c in &route {
        println!("{} <-> {}", label(c), label(&opposite(c)));
    }
}
