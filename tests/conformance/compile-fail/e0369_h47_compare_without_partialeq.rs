// Comparing structs and enums that do not derive PartialEq / PartialOrd.
#[derive(Debug, Clone, Copy)]
struct Version {
    major: u16,
    minor: u16,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Channel {
    Stable,
    Beta,
    Nightly,
}

#[derive(Debug, Clone, Copy)]
struct Release {
    version: Version,
    channel: Channel,
}

impl Release {
    fn same_as(&self, other: &Release) -> bool {
        self.version == other.version && self.channel == other.channel
    }

    fn newer_than(&self, other: &Release) -> bool {
        self.channel > other.channel || self.version.major > other.version.major
    }
}

fn main() {
    let a = Release { version: Version { major: 1, minor: 95 }, channel: Channel::Stable };
    let b = Release { version: Version { major: 1, minor: 96 }, channel: Channel::Beta };
    println!("{} {}", a.same_as(&b), a.newer_than(&b));
    if a != b {
        println!("different releases: {:?} {:?}", a, b);
    }
    println!("{}", a.version.minor < b.version.minor);
}
