mod plan;

use astro::{burn, period, Body, Phase};

fn main() {
    let mut probe = Body::new("probe", 720.0, 0.0);
    let earth = Body { name: "earth", mass: 5.97e24 };
    let t = period(6.771e6, earth.mass as u64);
    let phase = burn(probe, 12.5, 30);
    let secs: u32 = period(7.0e6, earth.mass);
    println!("{} {} {}", t, secs, phase.label());
    println!("{}", probe.energy());
    let heavy = probe.scaled(2);
    println!("{} {}", heavy.momentum(), Phase::COUNT);
    plan::step(&mut probe);
}
