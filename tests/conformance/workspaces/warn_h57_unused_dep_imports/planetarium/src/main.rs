use orb::consts::{AU_KM, EARTH_YEAR_DAYS, G};
use orb::{Body, Kind};
use orb::bodies::Kind as BodyKind;
use orb::consts::*;

fn label(k: Kind) -> &'static str {
    match k {
        Kind::Planet => "planet",
        Kind::DwarfPlanet => "dwarf planet",
        Kind::Moon { .. } => "moon",
    }
}

fn main() {
    let bodies = [
        Body { name: "Mercury", kind: Kind::Planet, semi_major_au: 0.387 },
        Body { name: "Earth", kind: Kind::Planet, semi_major_au: 1.0 },
        Body { name: "Ceres", kind: Kind::DwarfPlanet, semi_major_au: 2.77 },
        Body { name: "Pluto", kind: Kind::DwarfPlanet, semi_major_au: 39.48 },
    ];
    for b in &bodies {
        let days = b.period_years() * EARTH_YEAR_DAYS;
        println!("{:<8} {:<13} {:>14.0} km  {:>9.1} days", b.name, label(b.kind), b.distance_km(), days);
    }
    let moon = Kind::Moon { parent: "Earth" };
    if let Kind::Moon { parent } = moon {
        println!("a moon of {parent}");
    }
}
