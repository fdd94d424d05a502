// Tariff calculation where `if` without `else` is used as a value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone {
    Peak,
    OffPeak,
    Weekend,
}

const BASE_RATE: u32 = 21;

fn surcharge(zone: Zone, kwh: u32) -> u32 {
    let extra = if zone == Zone::Peak { kwh * 4 };
    extra + 1
}

fn discount(zone: Zone) -> u32 {
    if zone == Zone::Weekend {
        15
    } else if zone == Zone::OffPeak {
        10
    }
}

fn bill(zone: Zone, kwh: u32) -> u32 {
    let gross = kwh * BASE_RATE + surcharge(zone, kwh);
    let off = discount(zone);
    gross - gross * off / 100
}

fn main() {
    let usage = [(Zone::Peak, 12), (Zone::OffPeak, 30), (Zone::Weekend, 7)];
    let mut total = 0;
    for (zone, kwh) in usage {
        let cents = bill(zone, kwh);
        println!("{:?}: {} kWh -> {} c", zone, kwh, cents);
        total += cents;
    }
    let label: &str = if total > 1000 { "high" };
    println!("total {} ({})", total, label);
}
