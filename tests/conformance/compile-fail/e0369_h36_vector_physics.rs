// Particle step with a small vector struct; operators used without trait impls.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    fn add(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }

    fn scale(self, k: f64) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }

    fn length(self) -> f64 {
        self.x.hypot(self.y)
    }
}

#[derive(Debug, Clone, Copy)]
struct Particle {
    pos: Vec2,
    vel: Vec2,
    mass: f64,
}

const GRAVITY: Vec2 = Vec2 { x: 0.0, y: -9.81 };
const DT: f64 = 0.05;

fn step(p: &mut Particle) {
    p.vel = p.vel.add(GRAVITY.scale(DT));
    // mistake: `+` on Vec2 (no Add impl)
    p.pos = p.pos + p.vel.scale(DT);
    if p.pos.y < 0.0 {
        p.pos.y = -p.pos.y;
        p.vel.y = -p.vel.y * 0.8;
    }
}

fn main() {
    let mut ps = [
        Particle { pos: Vec2 { x: 0.0, y: 10.0 }, vel: Vec2::ZERO, mass: 1.0 },
        Particle { pos: Vec2 { x: 1.0, y: 5.0 }, vel: Vec2 { x: 2.0, y: 3.0 }, mass: 2.5 },
    ];
    for tick in 0..60 {
        for p in &mut ps {
            step(p);
        }
        if tick % 20 == 0 {
            println!("t={:.2} {:?}", tick as f64 * DT, ps[0].pos);
        }
    }
    let mut momentum = Vec2::ZERO;
    for p in &ps {
        momentum = momentum.add(p.vel.scale(p.mass));
    }
    // mistake: comparing structs without PartialEq
    if momentum == Vec2::ZERO {
        println!("at rest");
    }
    println!("speed {:.3}", momentum.length());
}
