#[derive(Debug, Clone, Copy)]
enum Fuel {
    Gas,
    Diesel,
    Electric,
}

#[derive(Debug, Clone, Copy)]
enum Vehicle {
    Car(Fuel),
    Truck { axles: u8, fuel: Fuel },
    Bike,
}

fn wheels(v: Vehicle) -> u8 {
    match v {
        Vehicle::Car(_) => 4,
        Vehicle::Truck { axles, fuel } => {
            let extra = match fuel {
                Fuel::Diesel => 0,
                Fuel::Gas => 1,
            };
            axles * 2 + extra
        }
        Vehicle::Bike => 2,
    }
}

fn main() {
    let fleet = [Vehicle::Car(Fuel::Electric), Vehicle::Truck { axles: 3, fuel: Fuel::Diesel }, Vehicle::Bike];
    for v in fleet {
        println!("{:?} {}", v, wheels(v));
    }
}
