// Nested fields are assigned through a shared reference and through a non-`mut` local.
#[derive(Debug)]
struct Engine {
    rpm: u32,
    temp: f32,
}

#[derive(Debug)]
struct Car {
    engine: Engine,
    odometer: u64,
}

fn cool_down(car: &Car) {
    if car.engine.temp > 90.0 {
        car.engine.temp = 80.0;
    }
}

fn drive(car: &mut Car, km: u64) {
    car.odometer += km;
    car.engine.rpm = 2500;
}

fn main() {
    let mut fleet = [
        Car { engine: Engine { rpm: 0, temp: 20.0 }, odometer: 0 },
        Car { engine: Engine { rpm: 0, temp: 95.0 }, odometer: 100 },
    ];
    for car in fleet.iter_mut() {
        drive(car, 10);
    }
    cool_down(&fleet[1]);
    let spare = Car { engine: Engine { rpm: 0, temp: 15.0 }, odometer: 5 };
    spare.engine.rpm = 800;
    println!("{:?} {:?}", fleet, spare);
}
