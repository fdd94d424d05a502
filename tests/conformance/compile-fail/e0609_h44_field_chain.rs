// A misspelled field in the middle of a chain of field accesses.
struct Engine {
    power: u32,
    temp: i16,
}

struct Car {
    engine: Engine,
    wheels: u8,
}

struct Garage {
    car: Car,
    slots: u8,
}

fn describe(g: &Garage) -> u32 {
    let p = g.car.engin.power;
    let t = g.car.engine.tmp as i32;
    let w = g.cars.wheels.count;
    let doubled = p * 2 + t as u32;
    doubled + w
}

fn hot(g: &Garage) -> bool {
    g.car.engine.temp.celsius > 90
}

fn main() {
    let g = Garage {
        car: Car { engine: Engine { power: 150, temp: 80 }, wheels: 4 },
        slots: 2,
    };
    println!("{} {}", describe(&g), hot(&g));
    let free: bool = g.slots - 1;
    println!("{}", free);
}
