// Release planning: derived comparisons on structs and enums, struct update and Default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Stage {
    #[default]
    Alpha,
    Beta,
    Rc(u8),
    Stable,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Release {
    major: u16,
    minor: u16,
    stage: Stage,
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Plan {
    current: Release,
    target: Release,
    weeks: u8,
    risky: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Team {
    Core = 10,
    Tools = 20,
    Docs = 5,
}

fn main() {
    let base = Plan::default();
    println!("{:?}", base);
    let r1 = Release { major: 1, minor: 2, ..Release::default() };
    let r2 = Release { stage: Stage::Rc(1), ..r1 };
    let r3 = Release { stage: Stage::Rc(2), ..r2 };
    let r4 = Release { stage: Stage::Stable, ..r1 };
    let next = Release { minor: 3, ..r1 };
    println!("{} {} {} {}", r1 < r2, r2 < r3, r3 < r4, r4 < next);
    println!("{} {}", Stage::Beta > Stage::Alpha, Stage::Rc(9) < Stage::Stable);
    let later = if r1 > r3 { r1 } else { r3 };
    let earlier = if r4 <= next { r4 } else { next };
    println!("{:?} {:?}", later, earlier);
    let plan = Plan { target: r4, weeks: 6, ..base };
    let risky = Plan { risky: true, ..plan };
    println!("{} {}", plan == risky, plan.target == risky.target);
    println!("{:?}", risky);
    println!("{} {} {}", Team::Core as i32, Team::Tools as u8, Team::Docs as i64);
    println!("{} {}", Team::Docs < Team::Core, Team::Tools > Team::Core);
    let teams = [Team::Tools, Team::Docs, Team::Core];
    let mut lowest = teams[0];
    for t in teams {
        if t < lowest {
            lowest = t;
        }
    }
    println!("{:?} {}", lowest, Team::Core >= Team::Core);
}
