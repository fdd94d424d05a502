// An odometer whose methods are called on temporaries, constants, statics and references.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Odometer {
    km: u32,
    trips: u16,
}

impl Odometer {
    const FRESH: Odometer = Odometer { km: 0, trips: 0 };

    fn new(km: u32) -> Odometer {
        Odometer { km, trips: 0 }
    }

    fn drive(&mut self, km: u32) -> u32 {
        self.km += km;
        self.trips += 1;
        self.km
    }

    fn reading(&self) -> u32 {
        self.km
    }
}

static FLEET_BASE: Odometer = Odometer { km: 100, trips: 1 };

struct Car {
    odo: Odometer,
    spare: Odometer,
}

impl Car {
    fn service(&self) -> u32 {
        // &mut method through a shared self.
        self.odo.drive(0)
    }

    fn log(&mut self) -> u32 {
        let r = &self.spare;
        r.drive(5) + self.odo.drive(1)
    }
}

fn through_refs(o: &&mut Odometer, p: &mut &Odometer) -> u32 {
    o.drive(1) + p.drive(2)
}

fn main() {
    // Temporaries may be mutably borrowed.
    let a = Odometer::new(10).drive(5);
    let b = Odometer::FRESH.drive(3);
    // A static may not.
    let c = FLEET_BASE.drive(1);
    let car = Car { odo: Odometer::new(1), spare: Odometer::FRESH };
    let mut x = Odometer::new(2);
    let y = Odometer::new(3);
    let d = through_refs(&&mut x, &mut &y);
    println!("{} {} {} {} {}", a, b, c, car.service(), d);
    println!("{}", (&x).reading() + (&mut x).drive(1));
}
