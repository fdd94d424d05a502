// Shipping-cost lookup with a deferred initialisation that misses a case.
#[derive(Debug, Clone, Copy)]
enum Zone {
    Local,
    National,
    International,
}

fn cost(zone: Zone, kilos: u32) -> u32 {
    let rate: u32;
    match zone {
        Zone::Local => rate = 2,
        Zone::National => rate = 5,
        Zone::International => {
            if kilos < 20 {
                rate = 12;
            }
        }
    }
    rate * kilos
}

fn fee(express: bool) -> u32 {
    let surcharge;
    if express {
        surcharge = 15;
    }
    let base = 3;
    base + surcharge
}

fn main() {
    for z in [Zone::Local, Zone::National, Zone::International] {
        println!("{:?}: {}", z, cost(z, 10) + fee(true));
    }
}
