// &mut self methods reached through shared references and immutable bindings.
#[derive(Debug, Clone, Copy)]
struct Odometer {
    km: u32,
}

impl Odometer {
    fn add(&mut self, km: u32) {
        self.km += km;
    }

    fn read(&self) -> u32 {
        self.km
    }
}

#[derive(Debug)]
struct Car {
    odo: Odometer,
    fuel: u32,
}

impl Car {
    fn drive(&mut self, km: u32) {
        self.odo.add(km);
        self.fuel -= km / 10;
    }
}

fn report(car: &Car) -> u32 {
    car.odo.add(0);
    car.odo.read()
}

fn refuel(car: &Car, litres: u32) {
    car.fuel += litres;
}

fn main() {
    let mut fleet = [Odometer { km: 10 }, Odometer { km: 20 }];
    for o in fleet.iter() {
        o.add(5);
    }
    for o in fleet.iter_mut() {
        o.add(1);
    }
    let car = Car { odo: fleet[0], fuel: 40 };
    car.drive(100);
    refuel(&car, 10);
    println!("{} {:?}", report(&car), fleet);
}
