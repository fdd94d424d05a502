// Firmware versions compared with derived traits; some types derive too little.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u8,
    minor: u8,
    patch: u8,
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Build {
    version: Version,
    date: u32,
}

#[derive(Debug, Clone, Copy)]
enum Channel {
    Stable,
    Beta,
    Nightly,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Severity {
    Low = 1,
    High = 5,
    Critical = 10,
}

fn newer(a: Build, b: Build) -> bool {
    a.version > b.version || (a.version == b.version && a > b)
}

fn same_channel(a: Channel, b: Channel) -> bool {
    a == b
}

fn main() {
    let old = Build { version: Version { major: 1, minor: 4, patch: 2 }, date: 20240101 };
    let new = Build { version: Version { major: 1, minor: 5, patch: 0 }, date: 20240601 };
    println!("{} {}", newer(new, old), same_channel(Channel::Stable, Channel::Beta));
    println!("{}", Severity::High > Severity::Low && Severity::Critical as u8 == 10);
    let worst = if Severity::Low < Severity::Critical { Severity::Critical } else { Severity::Low };
    println!("{:?} {:?}", worst, Channel::Nightly);
    println!("{}", worst > 3);
}
