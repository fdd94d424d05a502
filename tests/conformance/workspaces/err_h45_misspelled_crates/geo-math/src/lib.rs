// Small geometry helpers for GPS tracks.
pub mod distance {
    pub const EARTH_RADIUS_KM: f64 = 6371.0;

    pub fn flat(a: (f64, f64), b: (f64, f64)) -> f64 {
        let dx = a.0 - b.0;
        let dy = a.1 - b.1;
        (dx * dx + dy * dy).sqrt()
    }

    pub fn arc(angle_deg: f64) -> f64 {
        angle_deg * std::f64::consts::PI / 180.0 * EARTH_RADIUS_KM
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Point {
    pub lat: f64,
    pub lon: f64,
}

pub fn midpoint(a: Point, b: Point) -> Point {
    Point { lat: (a.lat + b.lat) / 2.0, lon: (a.lon + b.lon) / 2.0 }
}
