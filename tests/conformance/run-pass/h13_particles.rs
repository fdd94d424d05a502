// Particle system in f32 with bouncing walls, energy accounting and per-particle &mut updates.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };

    fn len(self) -> f32 {
        self.x.hypot(self.y)
    }

    fn scaled(self, k: f32) -> Vec2 {
        Vec2 { x: self.x * k, y: self.y * k }
    }

    fn plus(self, o: Vec2) -> Vec2 {
        Vec2 { x: self.x + o.x, y: self.y + o.y }
    }
}

#[derive(Debug, Clone, Copy)]
struct Particle {
    pos: Vec2,
    vel: Vec2,
    mass: f32,
    bounces: u16,
}

const GRAVITY: Vec2 = Vec2 { x: 0.0, y: -9.81 };
const BOX: (f32, f32) = (10.0, 5.0);
const DT: f32 = 0.05;

impl Particle {
    fn integrate(&mut self) {
        self.vel = self.vel.plus(GRAVITY.scaled(DT));
        self.pos = self.pos.plus(self.vel.scaled(DT));
        let (w, h) = BOX;
        if self.pos.x < 0.0 || self.pos.x > w {
            self.vel.x = -self.vel.x * 0.9;
            self.pos.x = self.pos.x.clamp(0.0, w);
            self.bounces += 1;
        }
        if self.pos.y < 0.0 {
            self.vel.y = -self.vel.y * 0.8;
            self.pos.y = 0.0;
            self.bounces += 1;
        } else if self.pos.y > h {
            self.vel.y = -self.vel.y.abs();
            self.pos.y = h;
        }
    }

    fn energy(&self) -> f32 {
        let v = self.vel.len();
        0.5 * self.mass * v * v + self.mass * -GRAVITY.y * self.pos.y
    }
}

fn total_energy(ps: &[Particle]) -> f64 {
    let mut e = 0.0f64;
    for p in ps {
        e += p.energy() as f64;
    }
    e
}

fn main() {
    let template = Particle { pos: Vec2 { x: 5.0, y: 4.0 }, vel: Vec2::ZERO, mass: 1.0, bounces: 0 };
    let mut ps = [
        template,
        Particle { vel: Vec2 { x: 3.0, y: 0.0 }, ..template },
        Particle { pos: Vec2 { x: 1.0, ..template.pos }, vel: Vec2 { x: -2.5, y: 6.0 }, mass: 2.5, ..template },
        Particle { mass: 0.25, vel: Vec2 { x: 8.0, y: -1.0 }, ..template },
    ];
    let e0 = total_energy(&ps);
    for step in 1..=100u32 {
        for p in ps.iter_mut() {
            p.integrate();
        }
        if step % 25 == 0 {
            let e = total_energy(&ps);
            println!("step {step:>3}: energy {e:>9.3} ({:+.1}%)", (e - e0) / e0 * 100.0);
        }
    }
    for (i, p) in ps.iter().enumerate() {
        println!("p{i}: pos ({:>6.3}, {:>6.3}) |v|={:<7.3} bounces {:>2} mass {:e}", p.pos.x, p.pos.y, p.vel.len(), p.bounces, p.mass);
    }
    let fastest = {
        let mut best = 0;
        for i in 1..ps.len() {
            if ps[i].vel.len() > ps[best].vel.len() {
                best = i;
            }
        }
        best
    };
    let Particle { pos: Vec2 { x, y }, .. } = ps[fastest];
    println!("fastest p{fastest} at {:.2},{:.2} sqrt(e0)={}", x, y, (e0 as f32).sqrt().round() as i64);
}
