// Static schedule table built at compile time from the timing crate.
use timing::slot::{self, Slot};
use timing::{SLOTS, TICKS_PER_SEC};

const FRAME: u32 = timing::ticks_for_us(20_000);
const HEARTBEAT: u32 = timing::ticks_for_ms(500);
const GUARD: u16 = timing::MAX_SLICE + 10_000;
const SPARE: u32 = FRAME - TICKS_PER_SEC;
static TABLE: [Slot; SLOTS] = [
    slot::at(0, 10),
    slot::at(10, 20),
    slot::at(30, 5),
    slot::at(35, 5),
    slot::at(40, 30),
    slot::at(70, 10),
];
static TUNED: Slot = slot::at(0, slot::calibrated());

fn busy(table: &[Slot; SLOTS]) -> u32 {
    let mut total = 0;
    for s in table {
        total += s.len;
    }
    total
}

fn main() {
    println!("frame {} busy {}", FRAME, busy(&TABLE));
    println!("{} {} {}", HEARTBEAT, GUARD, SPARE);
    println!("{:?} {}", TUNED, timing::CALIBRATION);
    let short: [Slot; SLOTS - 1] = [slot::at(0, 1); SLOTS];
    println!("{}", short.len());
}
