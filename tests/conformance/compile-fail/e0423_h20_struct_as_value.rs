// Coordinates: a struct with named fields is used as a value and called like a
// tuple struct.
#[derive(Debug, Clone, Copy, PartialEq)]
struct GeoPoint {
    lat: f64,
    lon: f64,
}

#[derive(Debug, Clone, Copy)]
struct Route {
    start: GeoPoint,
    end: GeoPoint,
}

impl Route {
    fn length_deg(&self) -> f64 {
        let dlat = self.end.lat - self.start.lat;
        let dlon = self.end.lon - self.start.lon;
        (dlat * dlat + dlon * dlon).sqrt()
    }
}

fn origin() -> GeoPoint {
    GeoPoint
}

fn main() {
    let home = GeoPoint(52.52, 13.40);
    let work = GeoPoint { lat: 52.50, lon: 13.45 };
    let r = Route { start: home, end: work };
    println!("{:.4} {:?}", r.length_deg(), origin());
}
