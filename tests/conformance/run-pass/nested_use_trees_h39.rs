// A small game engine laid out in nested modules, stitched together with use trees.
mod engine {
    pub mod math {
        pub mod vec2 {
            #[derive(Debug, Clone, Copy, PartialEq)]
            pub struct V2 {
                pub x: i32,
                pub y: i32,
            }

            impl V2 {
                pub fn add(self, o: V2) -> V2 {
                    V2 { x: self.x + o.x, y: self.y + o.y }
                }
                pub fn len_sq(&self) -> i32 {
                    self.x * self.x + self.y * self.y
                }
            }

            pub const ZERO: V2 = V2 { x: 0, y: 0 };
        }

        pub fn clamp(v: i32, lo: i32, hi: i32) -> i32 {
            if v < lo { lo } else if v > hi { hi } else { v }
        }
    }

    pub mod world {
        use super::math::{self, vec2::{V2, ZERO}};

        pub struct Body {
            pub pos: V2,
            pub vel: V2,
        }

        impl Body {
            pub fn at_rest() -> Body {
                Body { pos: ZERO, vel: ZERO }
            }
            pub fn tick(&mut self) {
                self.pos = self.pos.add(self.vel);
                self.pos.x = math::clamp(self.pos.x, -10, 10);
                self.pos.y = math::clamp(self.pos.y, -10, 10);
            }
        }
    }

    pub use self::math::vec2::V2;
    pub use self::world::Body;
}

use engine::{Body, V2};
use engine::math::{clamp as limit, vec2};

fn main() {
    let mut b = Body::at_rest();
    b.vel = V2 { x: 4, y: -3 };
    for step in 0..4 {
        b.tick();
        println!("step {}: {:?} |p|^2={}", step, b.pos, b.pos.len_sq());
    }
    println!("{}", limit(99, 0, 50));
    println!("{}", vec2::ZERO == V2 { x: 0, y: 0 });
}
