// Display gamma lookup: the brightest level reads past the end of a const table.
const LEVELS: usize = 5;
const GAMMA: [u8; LEVELS] = [0, 12, 48, 110, 255];
const DIM: u8 = GAMMA[1];
const BRIGHT: u8 = GAMMA[LEVELS];
const MID_INDEX: usize = LEVELS / 2;
const MID: u8 = GAMMA[MID_INDEX];

struct Backlight {
    level: usize,
    duty: u8,
}

impl Backlight {
    fn new() -> Backlight {
        Backlight { level: 0, duty: GAMMA[0] }
    }

    fn step_up(&mut self) {
        if self.level + 1 < LEVELS {
            self.level += 1;
            self.duty = GAMMA[self.level];
        }
    }

    fn step_down(&mut self) {
        if self.level > 0 {
            self.level -= 1;
            self.duty = GAMMA[self.level];
        }
    }
}

fn main() {
    let mut light = Backlight::new();
    light.step_up();
    light.step_up();
    light.step_down();
    println!("level {} duty {}", light.level, light.duty);
    println!("dim {} mid {} bright {}", DIM, MID, BRIGHT);
    light.reset();
}
