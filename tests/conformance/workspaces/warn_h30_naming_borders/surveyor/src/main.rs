// Using badly named items from another crate is fine; only definitions are linted.
mod Report;

use geodata::GridRef::{decode, Encode};
use geodata::{earth_radius_km as EARTH, survey_point as Point, Terrain, Max_Points};

static mut_count: u32 = 0;

fn spread((North, east): (f64, f64), Point { lat: LAT, lon }: Point) -> f64 {
    (North - LAT).abs() + (east - lon).abs()
}

fn main() {
    let pts: [Point; Max_Points] = [
        Point { lat: 51.5, lon: -0.12 },
        Point { lat: 48.85, lon: 2.35 },
        Point::Origin,
        geodata::survey_point { lat: 40.4, lon: -3.7 },
    ];
    let code = Encode(12, 34);
    let (c, r) = decode(code);
    println!("grid {} -> {},{}", code, c, r);
    println!("d = {:.1}", pts[0].DistanceTo(&pts[1]));
    println!("spread {:.2} R={}", spread((50.0, 1.0), pts[1]), EARTH);
    for t in [Terrain::flat_land, Terrain::MOUNTAIN, Terrain::river_bank] {
        match t {
            Terrain::flat_land | Terrain::river_bank => Report::line("low"),
            Terrain::Hill | Terrain::MOUNTAIN => Report::line("high"),
        }
    }
    println!("{}", mut_count);
}
