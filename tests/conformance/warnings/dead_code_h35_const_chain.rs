// lints: dead_code unused_variables
// A rendering config where some consts are only used by other dead items.
const TILE: u32 = 16;
const MAP_TILES: u32 = 64;
const MAP_PX: u32 = TILE * MAP_TILES;
const HALF_MAP: u32 = MAP_PX / 2;
const DEBUG_COLOR: u32 = 0xff00ff;
static FONT_SIZES: [u8; 3] = [8, 12, 16];
static TITLE: &str = "renderer";

struct Camera {
    x: u32,
    y: u32,
}

impl Camera {
    const SPEED: u32 = 4;
    const ZOOM_STEPS: u8 = 5;

    fn center() -> Camera {
        Camera { x: MAP_PX / 2, y: MAP_PX / 2 }
    }

    fn pan(&mut self, dx: u32) {
        self.x = (self.x + dx * Self::SPEED).min(MAP_PX);
    }

    fn debug_overlay(&self) -> u32 {
        DEBUG_COLOR ^ HALF_MAP ^ self.y
    }
}

fn largest_font() -> u8 {
    FONT_SIZES[FONT_SIZES.len() - 1]
}

fn main() {
    let mut cam = Camera::center();
    let steps = 3;
    cam.pan(2);
    println!("{} {} {}", cam.x, cam.y, TITLE);
}
