// Particles bouncing in a box with f32 physics, threading &mut state through helpers.
#[derive(Debug, Clone, Copy, Default)]
struct Vec2 {
    x: f32,
    y: f32,
}

impl Vec2 {
    const ZERO: Vec2 = Vec2 { x: 0.0, y: 0.0 };
    fn add(self, o: Vec2) -> Vec2 { Vec2 { x: self.x + o.x, y: self.y + o.y } }
    fn scale(self, k: f32) -> Vec2 { Vec2 { x: self.x * k, y: self.y * k } }
    fn len(self) -> f32 { self.x.hypot(self.y) }
}

#[derive(Debug, Clone, Copy)]
struct Particle {
    pos: Vec2,
    vel: Vec2,
    bounces: u32,
}

struct World {
    parts: [Particle; 5],
    gravity: Vec2,
    size: Vec2,
}

fn reflect(coord: &mut f32, vel: &mut f32, max: f32) -> bool {
    if *coord < 0.0 {
        *coord = -*coord;
        *vel = -*vel * 0.9;
        true
    } else if *coord > max {
        *coord = 2.0 * max - *coord;
        *vel = -*vel * 0.9;
        true
    } else {
        false
    }
}

fn integrate(p: &mut Particle, g: Vec2, size: Vec2, dt: f32) {
    p.vel = p.vel.add(g.scale(dt));
    p.pos = p.pos.add(p.vel.scale(dt));
    let hit_x = reflect(&mut p.pos.x, &mut p.vel.x, size.x);
    let hit_y = reflect(&mut p.pos.y, &mut p.vel.y, size.y);
    p.bounces += hit_x as u32 + hit_y as u32;
}

impl World {
    fn step(&mut self, dt: f32) {
        let (g, size) = (self.gravity, self.size);
        for p in self.parts.iter_mut() {
            integrate(p, g, size, dt);
        }
    }

    fn energy(&self) -> f32 {
        let mut e = 0.0f32;
        for p in &self.parts {
            let speed = p.vel.len();
            e += 0.5 * speed * speed + (-self.gravity.y) * p.pos.y;
        }
        e
    }
}

fn main() {
    let mut parts = [Particle { pos: Vec2::ZERO, vel: Vec2::default(), bounces: 0 }; 5];
    for (i, p) in parts.iter_mut().enumerate() {
        let f = i as f32;
        p.pos = Vec2 { x: 1.0 + f * 1.5, y: 8.0 - f };
        p.vel = Vec2 { x: 3.0 - f * 1.25, y: f * 0.5 };
    }
    let mut world = World { parts, gravity: Vec2 { x: 0.0, y: -9.81 }, size: Vec2 { x: 10.0, y: 10.0 } };
    println!("start energy {:.3}", world.energy());
    let dt = 1.0 / 60.0;
    for tick in 1..=600 {
        world.step(dt);
        if tick % 150 == 0 {
            println!("t={:>4.2}s energy {:>8.3}", tick as f32 * dt, world.energy());
        }
    }
    for (i, p) in world.parts.iter().enumerate() {
        println!("#{} pos=({:6.2},{:6.2}) bounces={}", i, p.pos.x, p.pos.y, p.bounces);
    }
    let total: u32 = {
        let mut t = 0;
        for p in &world.parts { t += p.bounces; }
        t
    };
    println!("total bounces {}", total);
}
