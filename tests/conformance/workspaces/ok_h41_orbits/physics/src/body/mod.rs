mod vector;

pub use vector::V2;

#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub name: &'static str,
    pub mass: f64,
    pub pos: V2,
    pub vel: V2,
}

pub struct System {
    pub bodies: [Body; 3],
    pub time: f64,
}

impl System {
    pub fn energy(&self) -> f64 {
        let mut kinetic = 0.0;
        let mut potential = 0.0;
        for (i, a) in self.bodies.iter().enumerate() {
            kinetic += 0.5 * a.mass * a.vel.dot(a.vel);
            for b in &self.bodies[i + 1..] {
                potential -= crate::G * a.mass * b.mass / a.pos.sub(b.pos).len();
            }
        }
        kinetic + potential
    }
}
