// Lookup sizes computed by calling ordinary functions in const and static initialisers.
const BASE: usize = 16;

fn round_up(n: usize, to: usize) -> usize {
    (n + to - 1) / to * to
}

const SLOTS: usize = round_up(BASE + 5, 8);
static ROOT_TWO: f64 = 2.0f64.sqrt();
const HALF_BASE: usize = BASE / 2;
const ABS_SHIFT: i32 = (-5i32).abs();

struct Table {
    slots: [u32; HALF_BASE],
}

fn main() {
    let t = Table { slots: [0; HALF_BASE] };
    println!("{} {} {} {}", SLOTS, ROOT_TWO, t.slots.len(), ABS_SHIFT);
    println!("{}", round_up(13, 4));
}
