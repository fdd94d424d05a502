// lints: non_upper_case_globals
// Physics constants with lowercase names and an unused variable.
const gravity: f64 = 9.81;
static max_speed: f64 = 120.0;
const AIR_DENSITY: f64 = 1.225;

fn fall_time(height: f64) -> f64 {
    (2.0 * height / gravity).sqrt()
}

fn drag(v: f64, area: f64, cd: f64) -> f64 {
    let unused_ratio = v / max_speed;
    0.5 * AIR_DENSITY * v.powi(2) * area * cd
}

fn main() {
    println!("{:.3}", fall_time(20.0));
    println!("{:.3}", drag(30.0, 0.5, 0.47));
    let speed = (max_speed.min(200.0));
    println!("{}", speed);
}
