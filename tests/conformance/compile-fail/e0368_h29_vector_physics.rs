// A particle step function that uses compound operators on tuples, arrays and structs.
#[derive(Debug, Clone, Copy)]
struct Vec2 {
    x: f32,
    y: f32,
}

#[derive(Debug, Clone, Copy)]
struct Particle {
    pos: Vec2,
    vel: (f32, f32),
    history: [u8; 4],
}

fn step(p: &mut Particle, dt: f32) {
    p.pos.x += p.vel.0 * dt;
    p.pos.y += p.vel.1 * dt;
    p.vel *= 0.99;
}

fn record(p: &mut Particle, tick: u8) {
    p.history <<= 1;
    p.history[0] = tick;
}

fn shift(p: &mut Particle, by: Vec2) {
    p.pos -= by;
}

fn speed(p: &Particle) -> f32 {
    (p.vel.0 * p.vel.0 + p.vel.1 * p.vel.1).sqrt()
}

fn main() {
    let mut p = Particle { pos: Vec2 { x: 0.0, y: 0.0 }, vel: (3.0, 4.0), history: [0; 4] };
    step(&mut p, 0.5);
    record(&mut p, 1);
    shift(&mut p, Vec2 { x: 1.0, y: 1.0 });
    println!("{:?} {}", p, speed(&p));
    let dist = p.pos - Vec2 { x: 0.0, y: 0.0 };
    println!("{:?}", dist);
}
