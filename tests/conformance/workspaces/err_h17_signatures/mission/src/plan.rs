use astro::body::{Body, Phase};

pub fn describe(p: Phase) -> u32 {
    match p {
        Phase::Launch => 0,
        Phase::Burn { remaining } => remaining,
        Phase::Coast => 1,
    }
}

pub fn step(b: &mut Body) {
    let p = astro::burn(b, 1.0);
    let code: u64 = describe(p);
    println!("{} {}", code, b.label());
    let q = Phase::Orbit;
    println!("{:?} {}", q, Body::momentum());
}
