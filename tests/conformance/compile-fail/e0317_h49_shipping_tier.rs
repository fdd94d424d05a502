// A shipping calculator where an `if` without `else` is used as a value.
#[derive(Debug, Clone, Copy)]
enum Zone {
    Local,
    National,
    Abroad,
}

fn base_cost(zone: Zone, grams: u32) -> u32 {
    match zone {
        Zone::Local => 300 + grams / 100,
        Zone::National => 650 + grams / 50,
        Zone::Abroad => 1900 + grams / 20,
    }
}

fn surcharge(grams: u32, express: bool) -> u32 {
    let heavy = if grams > 5_000 { 400 };
    let fast = if express { 250 } else { 0 };
    heavy + fast
}

fn discount(total: u32, member: bool) -> u32 {
    let pct: u32 = if member && total > 2_000 {
        10
    } else if member {
        5
    };
    total * pct / 100
}

fn main() {
    let parcels = [(Zone::Local, 800, false), (Zone::Abroad, 6_200, true), (Zone::National, 50, true)];
    for (zone, grams, express) in parcels {
        let total = base_cost(zone, grams) + surcharge(grams, express);
        let off = discount(total, grams < 1_000);
        println!("{:?} {}g -> {} cents", zone, grams, total - off);
    }
}
