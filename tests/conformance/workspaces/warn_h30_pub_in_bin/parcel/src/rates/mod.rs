mod table;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Zone {
    Local,
    National,
    Abroad,
}

pub fn price_cents(grams: u32, zone: Zone) -> u32 {
    let base = table::BASE[zone as usize];
    base + grams / 100 * table::PER_100G
}

pub fn surcharge(zone: Zone) -> u32 {
    match zone {
        Zone::Abroad => 250,
        _ => 0,
    }
}
