// Partial moves: moving one field out, borrowing another with `ref`, using the rest.
#[derive(Debug)]
struct Engine {
    power_kw: u32,
}

#[derive(Debug)]
struct Wheel {
    size: u8,
}

#[derive(Debug)]
struct Car {
    engine: Engine,
    spare: Wheel,
    year: u16,
}

fn scrap_engine(e: Engine) -> u32 {
    e.power_kw / 10
}

fn main() {
    let car = Car { engine: Engine { power_kw: 90 }, spare: Wheel { size: 16 }, year: 2014 };
    let Car { engine, ref spare, .. } = car;
    println!("engine {:?}, spare {:?}", engine, spare);
    println!("car year is still usable: {}", car.year);
    println!("spare through car: {:?}", car.spare);
    println!("scrap value {}", scrap_engine(engine));

    let other = Car { engine: Engine { power_kw: 120 }, spare: Wheel { size: 17 }, year: 2020 };
    let wheel = other.spare;
    println!("took {:?} (size {}) out of the {} car", wheel, wheel.size, other.year);
    println!("its engine: {:?}", other.engine);
}
