// A limit is initialised in an `if` without `else`, and a label is initialised in all
// match arms except one.
#[derive(Clone, Copy)]
enum Tier {
    Free,
    Pro,
    Team(u32),
}

fn quota(tier: Tier, boosted: bool) -> u32 {
    let limit: u32;
    if boosted {
        limit = 100;
    }
    match tier {
        Tier::Free => limit / 10,
        Tier::Pro => limit,
        Tier::Team(seats) => limit * seats,
    }
}

fn describe(tier: Tier) -> &'static str {
    let label;
    match tier {
        Tier::Free => label = "free",
        Tier::Pro => label = "pro",
        Tier::Team(n) if n > 10 => label = "enterprise",
        Tier::Team(_) => {}
    }
    label
}

fn main() {
    let tiers = [Tier::Free, Tier::Pro, Tier::Team(4)];
    for t in tiers {
        println!("{} {}", describe(t), quota(t, true));
    }
}
