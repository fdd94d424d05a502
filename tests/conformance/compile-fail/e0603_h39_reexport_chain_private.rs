// A facade module re-exports parts of a nested engine.
mod engine {
    pub mod physics {
        pub mod integrate {
            pub fn step(pos: f64, vel: f64, dt: f64) -> f64 {
                pos + vel * dt
            }
            fn clamp_dt(dt: f64) -> f64 {
                if dt > 0.1 { 0.1 } else { dt }
            }
            pub fn safe_step(pos: f64, vel: f64, dt: f64) -> f64 {
                step(pos, vel, clamp_dt(dt))
            }
        }
        pub use self::integrate::step;
    }
    pub use self::physics::step as advance;
    pub use self::physics::integrate::safe_step;
}

mod prelude {
    pub use crate::engine::{advance, safe_step};
}

use prelude::*;

fn main() {
    let mut p = 0.0;
    for _ in 0..3 {
        p = advance(p, 2.0, 0.5);
    }
    let q = safe_step(p, 1.0, 1.0);
    let dt = engine::physics::integrate::clamp_dt(0.5);
    println!("{} {} {}", p, q, dt);
}
