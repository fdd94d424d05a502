use physics::Body;
use units::convert::km_per_hour;

fn main() {
    for height in [5.0, 20.0, 80.0] {
        let mut b = Body::dropped_from(height);
        let mut t = 0.0;
        while !b.landed() {
            b.step(0.01);
            t += 0.01;
        }
        println!("{:>5} m: {:.2} s, impact {:.1} km/h", height, t, km_per_hour(b.velocity));
    }
}
