// lints: arithmetic_overflow unused_variables
// regen: build
// Timer tick arithmetic in a scheduler; some expressions overflow with constant operands.
const TICK_HZ: u32 = 1000;
const MAX_TICKS: u32 = u32::MAX;
const SLICE_MS: u8 = 200;
const SHIFT: u32 = 32;

struct Timer {
    ticks: u32,
    wraps: u16,
}

impl Timer {
    fn advance(&mut self, by: u32) {
        let (next, wrapped) = self.ticks.overflowing_add(by);
        self.ticks = next;
        if wrapped {
            self.wraps += 1;
        }
    }

    fn millis(&self) -> u64 {
        self.ticks as u64 * 1000 / TICK_HZ as u64
    }
}

fn budget(slices: u8) -> u8 {
    let spare = SLICE_MS + 100;
    slices * 2
}

fn main() {
    let mut t = Timer { ticks: MAX_TICKS - 5, wraps: 0 };
    t.advance(10);
    println!("{} {} {}", t.ticks, t.wraps, t.millis());
    let horizon = MAX_TICKS + 1;
    let mask = 1u32 << SHIFT;
    let neg = -(i8::MIN);
    println!("{} {} {}", horizon, mask, budget(3));
    println!("{}", neg);
}
