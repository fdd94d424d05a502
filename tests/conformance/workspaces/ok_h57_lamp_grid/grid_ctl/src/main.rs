use grid_ctl_h57::zones::Zone;
use grid_ctl_h57::SITE;
use lamps::{Kind, MAX_WATTS};

fn main() {
    let mut zones = [Zone::street("Elm"), Zone::street("Quay")];
    zones[1].lamps[3] = lamps::Lamp { kind: Kind::Halogen, lit: true, brightness: 255 };
    println!("site: {SITE}");
    for round in 1..=3 {
        let mut total = 0;
        for z in zones.iter_mut() {
            z.dim(50);
            total += z.load();
        }
        let status = if total > MAX_WATTS { "over budget" } else { "ok" };
        println!("round {round}: {total} W ({status})");
    }
    for z in &zones {
        let mut sodium = 0;
        for l in &z.lamps {
            if l.kind == Kind::Sodium {
                sodium += 1;
            }
        }
        println!("{}: {} sodium lamps", z.name, sodium);
    }
}
