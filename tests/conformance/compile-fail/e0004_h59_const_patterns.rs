const NORTH: u8 = 0;
const EAST: u8 = 1;
const SOUTH: u8 = 2;
const WEST: u8 = 3;

fn name(dir: u8) -> &'static str {
    match dir {
        NORTH => "north",
        EAST => "east",
        SOUTH => "south",
        WEST => "west",
    }
}

fn main() {
    for d in 0..4u8 {
        println!("{}", name(d));
    }
}
