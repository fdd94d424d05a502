use control::{decide, weight, Action, Cal};
use sensors::{Probe, ProbeKind};

fn label(a: Action) -> &'static str {
    match a {
        Action::Heat => "heat",
        Action::Vent => "vent",
        Action::Mist => "mist",
        Action::Idle => "idle",
    }
}

fn main() {
    let cal = Cal { offset: -40.0, scale: 0.05 };
    let probes = [
        Probe { kind: ProbeKind::Air, raw_temp: 900, raw_humidity: 2000 },
        Probe { kind: ProbeKind::Soil, raw_temp: 1300, raw_humidity: 3900 },
        Probe { kind: ProbeKind::Leaf, raw_temp: 1250, raw_humidity: 400 },
    ];
    for p in &probes {
        let a = decide(p, &cal);
        println!("{:?} w={} -> {}", p.kind, weight(p.kind), label(a));
    }
    let id = sensors::Calibration::IDENTITY;
    println!("identity {}", id.apply(7));
    println!("room {}F v{}", climate_units::Celsius::ROOM.to_fahrenheit(), climate_units::UNITS_VERSION);
}
