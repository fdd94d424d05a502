// Deriving Copy on a struct that holds a non-Copy struct.
#[derive(Debug)]
struct Engine {
    horsepower: u32,
}

#[derive(Debug, Clone, Copy)]
struct Car {
    wheels: u8,
    engine: Engine,
}

#[derive(Debug, PartialEq)]
struct Garage {
    slot: u8,
    car: Car,
}

fn main() {
    let c = Car { wheels: 4, engine: Engine { horsepower: 120 } };
    let d = c;
    println!("{:?} {:?}", c, d);
    let g = Garage { slot: 1, car: d };
    println!("{}", g.slot);
}
