// Physics step: one unknown constant and one unknown local; their uses in
// arithmetic, calls, fields and comparisons must not add further errors.
#[derive(Debug, Clone, Copy)]
struct Body {
    pos: f64,
    vel: f64,
    mass: f64,
}

impl Body {
    fn kinetic(&self) -> f64 {
        0.5 * self.mass * self.vel * self.vel
    }
}

fn step(b: &mut Body, dt: f64) {
    b.vel -= GRAVITY * dt;
    b.pos += b.vel * dt;
    if b.pos < 0.0 {
        b.pos = 0.0;
        b.vel = -b.vel * RESTITUTION;
    }
}

fn main() {
    let mut ball = Body { pos: 10.0, vel: 0.0, mass: 0.45 };
    for _ in 0..100 {
        step(&mut ball, 0.01);
    }
    let energy = ball.kinetic() + ball.mass * potential;
    let scaled = energy.sqrt() * 2;
    let flag: bool = potential.height;
    let label: &str = potential;
    println!("{} {} {} {}", energy, scaled, flag, label);
}
