// In a binary, `pub` does not make anything live: only what main reaches is used.
mod routing;

use parcel::{price_cents, Parcel, Zone};

pub struct Van {
    pub id: u8,
    pub capacity_kg: u32,
}

pub fn depot_name() -> &'static str {
    "north"
}

fn main() {
    let load = [
        Parcel { grams: 1200, zone: Zone::Local },
        Parcel { grams: 8000, zone: Zone::Abroad },
    ];
    let van = Van { id: 3, capacity_kg: 900 };
    for p in &load {
        let leg = routing::first_leg(p.zone);
        println!("van {} {}g {:?} -> {} cents via {:?}", van.id, p.grams, p.zone,
                 price_cents(p.grams, p.zone), leg);
    }
    println!("max {}", Parcel::MAX_GRAMS);
}
