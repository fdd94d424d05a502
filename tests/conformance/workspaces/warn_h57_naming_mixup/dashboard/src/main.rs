mod panels;

use gauges::readingUnits::suffix;
use gauges::{gauge_face, Unit};

const refreshHz: u32 = 30;

fn main() {
    let mut Faces = panels::default_faces();
    let Readings = [0.42, 0.97, 0.55];
    for i in 0..Faces.len() {
        Faces[i].setNeedle(Readings[i]);
    }
    for f in &Faces {
        let warn = if f.in_red() { " !!" } else { "" };
        println!("{:>12}: {:>3}° [{}]{}", f.label, f.needleAngle, suffix(f.unit), warn);
    }
    let spare = gauge_face { label: "oil", unit: Unit::degrees_c, needleAngle: 0 };
    println!("spare {} at {} Hz", spare.label, refreshHz);
}
