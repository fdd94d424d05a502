use freight_h57::route::{total_length, Leg};
use freight_h57::{cost, fits, Load};
use units_h57::{Kg, Km};

fn main() {
    let legs = [
        Leg { from: "Oslo", to: "Gothenburg", length: Km(293) },
        Leg { from: "Gothenburg", to: "Malmo", length: 272 },
    ];
    let loads = [Load { weight: Kg(9_500.0), fragile: false }, Load { weight: Kg(7_250.5), fragile: true }];
    let dist = total_length(&legs);
    println!("route: {} km, fits: {}", dist.0, fits(&loads));
    for l in loads {
        println!("{:?} costs {}", l.weight, cost(dist, l));
    }
}
