// Screen geometry kept in const structs and tuples, read by other consts.
#[derive(Clone, Copy)]
struct Geometry {
    width: u32,
    height: u32,
    depth: u8,
}

const SCREEN: Geometry = Geometry { width: 1920, height: 0, depth: 200 };
const TILE: (u32, u32) = (16, 0);

const ASPECT: u32 = SCREEN.width / SCREEN.height;
const TILES_DOWN: u32 = 1080 / TILE.1;
const TILES_ACROSS: u32 = SCREEN.width / TILE.0;
const DEEP: u8 = SCREEN.depth * 2;

fn area(g: Geometry) -> u32 {
    g.width * g.height
}

fn main() {
    println!("{} {} {} {}", ASPECT, TILES_DOWN, TILES_ACROSS, DEEP);
    println!("{}", area(SCREEN));
}
