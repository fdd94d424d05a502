// Paths to items declared inside function bodies.
mod engine {
    pub const IDLE: u32 = 800;

    pub fn rpm(throttle: u32) -> u32 {
        use super::clamp;
        struct Curve {
            gain: u32,
        }
        const MAXR: u32 = 7000;
        let c = Curve { gain: 60 };
        clamp(IDLE + throttle * c.gain, MAXR)
    }

    pub fn redline() -> u32 {
        use self::Curve;
        MAXR
    }
}

fn clamp(v: u32, hi: u32) -> u32 {
    if v > hi { hi } else { v }
}

fn main() {
    let r = engine::rpm(50);
    let x = engine::rpm::MAXR;
    println!("{} {} {}", r, engine::redline(), x);
}
