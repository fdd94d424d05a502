use cargo::{load_limit, Kind::{self, *}};
use geo::*;

pub fn describe(k: Kind) -> &'static str {
    match k {
        Grain => "grain",
        Ore { grade } if grade > 5 => "rich ore",
        Ore { .. } => "ore",
        Fuel(_) => "fuel",
        Empty => "nothing",
    }
}

pub fn plan(manifest: &[Kind; cargo::STOPS]) -> u32 {
    let mut total = 0;
    let mut at = Point::ORIGIN;
    let mut h = Heading::North;
    for (i, k) in manifest.iter().enumerate() {
        total += load_limit(*k);
        at = at.step(h, i as i32);
        h = h.right();
    }
    let zone = shapes::Rect::new(Point::ORIGIN, at, "zone");
    println!("plan ends at {:?}, zone area {} of {}", at, shapes::area(&zone), LEN);
    total
}
