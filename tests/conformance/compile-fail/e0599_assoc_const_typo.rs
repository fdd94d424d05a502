// Associated constants and functions looked up under the wrong name, and an integer constant that does not exist.
struct Physics;

impl Physics {
    const GRAVITY: f64 = 9.81;
    fn fall_time(h: f64) -> f64 {
        (2.0 * h / Self::GRAVITY).sqrt()
    }
}

fn main() {
    println!("{}", Physics::fall_time(10.0));
    println!("{}", Physics::GRAVITY_CONST);
    println!("{}", Physics::fall_distance(2.0));
    println!("{}", u8::LARGEST);
}
