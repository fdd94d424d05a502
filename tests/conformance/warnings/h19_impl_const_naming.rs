// lints: non_upper_case_globals dead_code non_snake_case
// Associated consts with lowercase names, at several lint levels.
struct Gauge {
    level: u32,
}

impl Gauge {
    const max_level: u32 = 100;
    const MinLevel: u32 = 0;
    const STEP: u32 = 5;
    const unused_scale: u32 = 2;

    fn raise(&mut self) {
        self.level = (self.level + Self::STEP).min(Self::max_level);
    }

    fn is_empty(&self) -> bool {
        self.level == Gauge::MinLevel
    }

    fn ResetTo(&mut self, v: u32) {
        self.level = v;
    }
}

#[allow(non_upper_case_globals)]
impl Gauge {
    const warn_at: u32 = 80;

    fn warning(&self) -> bool {
        self.level >= Self::warn_at
    }
}

struct Valve;

#[deny(non_upper_case_globals)]
impl Valve {
    const open_pct: u8 = 100;
    const CLOSED_PCT: u8 = 0;

    #[allow(non_upper_case_globals)]
    const half_pct: u8 = 50;

    fn range() -> u8 {
        Self::open_pct - Self::CLOSED_PCT + Self::half_pct
    }
}

mod limits {
    pub const hard_cap: u64 = 1_000;
    pub static soft_cap: u64 = 800;
}

fn main() {
    let mut g = Gauge { level: 0 };
    g.raise();
    g.ResetTo(10);
    println!("{} {}", g.is_empty(), g.warning());
    println!("{}", Valve::range());
    println!("{} {}", limits::hard_cap, limits::soft_cap);
}
