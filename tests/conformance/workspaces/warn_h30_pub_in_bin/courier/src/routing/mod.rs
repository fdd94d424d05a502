pub mod hubs;

use parcel::Zone;

#[derive(Debug)]
pub enum Leg {
    Walk,
    Truck(u8),
    Plane { hub: u8 },
}

pub fn first_leg(zone: Zone) -> Leg {
    match zone {
        Zone::Local => Leg::Truck(1),
        Zone::National => Leg::Truck(hubs::nearest()),
        Zone::Abroad => Leg::Truck(hubs::AIRPORT),
    }
}
