use physics::integrate::step;
use physics::{Body, System, AU, YEAR};

fn circular_speed(central_mass: f64, r: f64) -> f64 {
    (physics::G * central_mass / r).sqrt()
}

fn main() {
    let sun = Body { name: "sun", mass: 1.0, pos: Default::default(), vel: Default::default() };
    let mut earth = sun;
    earth.name = "earth";
    earth.mass = 3.0e-6;
    earth.pos.x = AU;
    earth.vel.y = circular_speed(1.0, AU);
    let mut mars = earth;
    mars.name = "mars";
    mars.mass = 3.2e-7;
    mars.pos.x = -1.524 * AU;
    mars.vel.y = -circular_speed(1.0, 1.524 * AU);

    let mut sys = System { bodies: [sun, earth, mars], time: 0.0 };
    let e0 = sys.energy();
    let dt = YEAR / 1000.0;
    let mut report_at = 0.5;
    while sys.time < 2.0 * YEAR - 1e-9 {
        step(&mut sys, dt);
        if sys.time >= report_at - 1e-9 {
            print!("t={:.2}y", sys.time);
            for b in &sys.bodies[1..] {
                print!("  {}=({:+.3},{:+.3})", b.name, b.pos.x, b.pos.y);
            }
            println!();
            report_at += 0.5;
        }
    }
    let drift = ((sys.energy() - e0) / e0).abs();
    println!("relative energy drift {:.2e} ({})", drift, if drift < 1e-6 { "ok" } else { "high" });
}
