use crate::body::V2;
use crate::{System, G};

fn accelerations(s: &System) -> [V2; 3] {
    let mut acc = [V2::default(); 3];
    for i in 0..3 {
        for j in 0..3 {
            if i == j {
                continue;
            }
            let d = s.bodies[j].pos.sub(s.bodies[i].pos);
            let r = d.len();
            acc[i] = acc[i].add(d.scale(G * s.bodies[j].mass / (r * r * r)));
        }
    }
    acc
}

/// One velocity-Verlet step.
pub fn step(s: &mut System, dt: f64) {
    let a0 = accelerations(s);
    for (i, b) in s.bodies.iter_mut().enumerate() {
        b.pos = b.pos.add(b.vel.scale(dt)).add(a0[i].scale(0.5 * dt * dt));
    }
    let a1 = accelerations(s);
    for i in 0..3 {
        let b = &mut s.bodies[i];
        b.vel = b.vel.add(a0[i].add(a1[i]).scale(0.5 * dt));
    }
    s.time += dt;
}
