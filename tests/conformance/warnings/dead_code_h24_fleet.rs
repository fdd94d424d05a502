// lints: dead_code
// A vehicle fleet: fields never read, variants never built, unused impl items.
#[derive(Debug, Clone, Copy)]
enum Fuel {
    Petrol,
    Diesel,
    Electric(u16),
    Hydrogen { bar: u16 },
}

struct Vehicle {
    id: u32,
    fuel: Fuel,
    mileage: u32,
    notes: u8,
}

struct Depot(u32, u8);

struct NeverBuilt {
    x: u8,
}

#[derive(Clone, Copy)]
struct OnlyCloned {
    a: u32,
}

impl Vehicle {
    const WHEELS: u8 = 4;
    const SPARE: u8 = 1;

    fn new(id: u32, fuel: Fuel) -> Vehicle {
        Vehicle { id, fuel, mileage: 0, notes: 0 }
    }

    fn drive(&mut self, km: u32) {
        self.mileage += km;
    }

    fn service(&self) -> bool {
        self.mileage > 1000
    }

    fn scrap(self) -> u32 {
        self.id
    }
}

impl NeverBuilt {
    fn make() -> NeverBuilt {
        NeverBuilt { x: 1 }
    }
}

type Odometer = u32;
type UnusedAlias = u64;

fn total(km: Odometer) -> Odometer {
    km * 2
}

fn helper_chain_a() -> u32 {
    helper_chain_b()
}

fn helper_chain_b() -> u32 {
    7
}

static BANNER: &str = "fleet";
const VERSION: u32 = 3;

fn main() {
    let mut v = Vehicle::new(1, Fuel::Electric(300));
    v.drive(20);
    let d = Depot(5, 1);
    let c = OnlyCloned { a: 3 };
    let c2 = c;
    println!("{} {} {} {}", v.id, v.mileage, d.0, Vehicle::WHEELS);
    println!("{:?} {} {}", Fuel::Petrol, total(4), BANNER);
    let _ = c2;
}
