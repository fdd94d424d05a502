use geo_math::distance::{arc, flat};
use geomath::Point;
use geo_maths::midpoint;
use geo_math::distanse::EARTH_RADIUS_KM;

fn main() {
    let a = geo_math::Point { lat: 51.5, lon: -0.12 };
    let b = geo_math::Point { lat: 48.85, lon: 2.35 };
    println!("flat {:.3}", flat((a.lat, a.lon), (b.lat, b.lon)));
    println!("arc {:.1} km", arc(1.0));
    let m = geo_math::midpoint(a, b);
    println!("mid {:?}", m);
    let far = geo::distance::arc(90.0);
    let r = geo_math::distance::RADIUS;
    let q = geo_math::shapes::area(2.0);
    println!("{} {} {}", far, r, q);
}
