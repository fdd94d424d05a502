// A function and a constant both defined twice in one module.
mod physics {
    pub const G: f64 = 9.81;
    pub const G: f64 = 9.80665;

    pub fn fall_time(height: f64) -> f64 {
        (2.0 * height / G).sqrt()
    }

    pub fn fall_time(height: f64, g: f64) -> f64 {
        (2.0 * height / g).sqrt()
    }
}

fn main() {
    println!("{}", physics::fall_time(20.0));
}
