// Shipping cost calculator: `if` used as a value without an `else`.

#[derive(Clone, Copy, PartialEq)]
enum Zone {
    Local,
    National,
    International,
}

fn base_rate(zone: Zone) -> u32 {
    match zone {
        Zone::Local => 300,
        Zone::National => 700,
        Zone::International => 2100,
    }
}

fn surcharge(weight_g: u32) -> u32 {
    let extra = if weight_g > 2000 {
        (weight_g - 2000) / 100 * 25
    };
    extra
}

fn discount(total: u32, member: bool) -> u32 {
    if member {
        total / 10
    }
}

fn main() {
    let zone = Zone::National;
    let w = 3400;
    let total = base_rate(zone) + surcharge(w);
    let d = discount(total, true);
    println!("total {} discount {}", total, d);
    if zone == Zone::Local {
        println!("local delivery");
    }
}
