// Moving fields out of locals is allowed; using the whole value afterwards is not.
#[derive(Debug)]
struct Engine {
    hp: u32,
    serial: u64,
}

#[derive(Debug)]
struct Wheels {
    count: u8,
    size: u8,
}

#[derive(Debug)]
struct Car {
    engine: Engine,
    wheels: Wheels,
    year: u16,
}

fn strip(car: Car) -> Engine {
    let e = car.engine;
    let w = car.wheels;
    println!("scrapping {} wheels of size {}", w.count, w.size);
    e
}

fn inspect(car: &Car) -> u32 {
    car.engine.hp + car.wheels.count as u32
}

fn main() {
    let car = Car { engine: Engine { hp: 150, serial: 99 }, wheels: Wheels { count: 4, size: 17 }, year: 2015 };
    println!("{}", inspect(&car));
    let year = car.year;
    let engine = car.engine;
    println!("{} {:?}", year, engine);
    println!("{:?}", car.wheels);
    println!("{}", inspect(&car));

    let other = Car { engine: Engine { hp: 90, serial: 7 }, wheels: Wheels { count: 3, size: 12 }, year: 1999 };
    let Car { wheels, .. } = other;
    println!("{:?} {}", wheels, other.year);
    println!("{:?}", other.engine.serial);
    let again = other;
    println!("{:?}", strip(again));
}
