// A game engine with nested modules where a name is declared twice in one module.
mod engine {
    pub mod physics {
        pub const GRAVITY: f32 = 9.8;

        pub fn fall(v: f32, dt: f32) -> f32 {
            v + GRAVITY * dt
        }

        pub struct Body {
            pub mass: f32,
        }

        pub fn fall(v: f32) -> f32 {
            v + GRAVITY
        }
    }

    pub mod render {
        pub struct Body {
            pub sprite: u16,
        }
    }

    pub mod physics {
        pub fn drag(v: f32) -> f32 {
            v * 0.98
        }
    }
}

use engine::physics::Body;

fn main() {
    let b = Body { mass: 2.0 };
    let r = engine::render::Body { sprite: 4 };
    let v = engine::physics::fall(0.0, 0.5);
    println!("{} {} {}", b.mass, r.sprite, v);
    let speed = v.clamp(0, 10);
    println!("{}", speed);
}
