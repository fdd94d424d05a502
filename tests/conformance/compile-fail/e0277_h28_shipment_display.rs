// A shipment tracker that prints structs and enums without Display.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Carrier {
    Road,
    Rail,
    Air,
}

#[derive(Debug, Clone, Copy)]
struct Parcel {
    id: u32,
    weight_g: u32,
    carrier: Carrier,
}

struct Route {
    from: u16,
    to: u16,
}

fn cost_cents(p: &Parcel) -> u32 {
    let base = match p.carrier {
        Carrier::Road => 150,
        Carrier::Rail => 120,
        Carrier::Air => 900,
    };
    base + p.weight_g / 10
}

fn main() {
    let parcels = [
        Parcel { id: 1, weight_g: 1200, carrier: Carrier::Road },
        Parcel { id: 2, weight_g: 300, carrier: Carrier::Air },
    ];
    let route = Route { from: 12, to: 40 };
    for p in &parcels {
        // Debug is derived, so this line is fine.
        println!("{:?} costs {}", p, cost_cents(p));
        // The carrier has no Display.
        println!("via {}", p.carrier);
    }
    // Neither Display nor Debug on Route.
    println!("route {} -> {}", route.from, route.to);
    println!("route {}", route);
    eprintln!("debug route {:?}", route);
    // Positional argument reused with both traits.
    println!("{0:?} / {0}", parcels[1].carrier);
    assert_eq!(parcels[0].carrier, Carrier::Road, "first parcel {}", parcels[0]);
}
