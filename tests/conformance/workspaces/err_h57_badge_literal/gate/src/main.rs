use badges_h57::{Badge, Clearance, Door};

fn main() {
    let doors = [
        Door::new("lobby", Clearance::Visitor),
        Door { name: "server room", required: Clearance::Security },
    ];
    let forged = Badge { owner: "mallory", clearance: Clearance::Security, serial: 1 };
    let alice = Badge::issue("alice", Clearance::Staff);
    for d in &doors {
        for b in [alice, forged] {
            let verdict = match (b.clearance, d.admits(&b)) {
                (Clearance::Visitor, true) => "visitor in",
                (_, true) => "in",
                (_, false) => "denied",
            };
            println!("{} at {}: {}", b.owner, d.name, verdict);
        }
    }
}
