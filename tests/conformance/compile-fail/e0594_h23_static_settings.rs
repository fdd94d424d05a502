// Global settings kept in immutable statics; the program tries to change them at runtime.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Level {
    Quiet,
    Normal,
    Loud,
}

struct Settings {
    level: Level,
    width: u16,
}

static DEFAULTS: Settings = Settings { level: Level::Normal, width: 80 };
static mut_counter: u32 = 0;
static LIMITS: [u16; 3] = [40, 80, 120];

fn bump_width(extra: u16) -> u16 {
    DEFAULTS.width += extra;
    DEFAULTS.width
}

fn pick_level(loud: bool) -> Level {
    if loud {
        Level::Loud
    } else {
        Level::Quiet
    }
}

fn main() {
    let w = bump_width(4);
    DEFAULTS.level = pick_level(w > 100);
    LIMITS[0] = 20;
    mut_counter = mut_counter + 1;
    let fresh = Settings { level: Level::Normal, width: 100 };
    fresh.width = 90;
    println!("{} {:?} {} {}", w, DEFAULTS.level, LIMITS[1], fresh.width);
}
