use gauges::{gauge_face, Unit};

fn mk(label: &'static str, unit: Unit) -> gauge_face {
    gauge_face { label, unit, needleAngle: 0 }
}

pub fn default_faces() -> [gauge_face; 3] {
    [mk("engine", Unit::Rpm), mk("speed", Unit::Kph), mk("coolant", Unit::degrees_c)]
}
