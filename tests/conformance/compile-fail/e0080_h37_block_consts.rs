// Timer constants computed with small blocks; one of them divides by zero.
const TICKS_PER_MS: u32 = 48_000;

const PRESCALER: u32 = {
    let base = 8;
    base * 2
};

const RELOAD: u32 = {
    let divider = PRESCALER - 16;
    TICKS_PER_MS / divider
};

const WINDOW: u16 = {
    let wide = 60_000;
    let extra = 6_000;
    wide + extra
};

const OK_SPAN: u32 = {
    let span = TICKS_PER_MS / PRESCALER;
    span * 2
};

struct Timer {
    reload: u32,
    window: u16,
}

fn main() {
    let t = Timer { reload: RELOAD, window: WINDOW };
    println!("{} {} {}", t.reload, t.window, OK_SPAN);
}
