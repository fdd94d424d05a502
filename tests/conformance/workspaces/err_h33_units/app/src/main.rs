use units::{Meters, Odometer, SCALE, STEPS};

fn scaled(m: Meters) -> f64 {
    m.value() * SCALE
}

fn main() {
    let odo = Odometer::new();
    odo.add(Meters::from_feet(10.0));
    let steps: u32 = STEPS;
    let idx = STEPS as usize + odo.trips();
    let r = Meters(3.0).raw();
    let k = Meters::ZERO.to_km();
    let t = odo.trips;
    let zero = Meters::ZERO == 0.0;
    println!("{} {} {} {} {} {} {}", scaled(odo.total), steps, idx, r, k, t, zero);
}
