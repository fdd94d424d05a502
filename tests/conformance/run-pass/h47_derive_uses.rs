// What derives allow: clone, default, comparisons, ordering, hashing-free uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
struct Version {
    major: u16,
    minor: u16,
    patch: u16,
}

#[derive(Debug, Clone, PartialEq, Default)]
struct Manifest {
    version: Version,
    deps: [Version; 2],
    weight: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
enum Level {
    #[default]
    Low,
    Mid,
    High,
}

impl Version {
    const ZERO: Version = Version { major: 0, minor: 0, patch: 0 };

    fn bump(self) -> Self {
        Self { patch: self.patch + 1, ..self }
    }
}

fn main() {
    let v = Version { major: 1, minor: 2, patch: 3 };
    let w = v.bump();
    println!("{:?} < {:?}: {}", v, w, v < w);
    println!("default {:?} eq zero {}", Version::default(), Version::default() == Version::ZERO);
    let m = Manifest::default();
    let m2 = m.clone();
    let m3 = Manifest { weight: 1.5, ..m.clone() };
    println!("{} {}", m == m2, m3 != m);
    println!("{:#?}", m3.deps[0]);
    let lv = Level::default();
    println!("{:?} {} {}", lv, Level::High > Level::Mid, lv as u8);
    let c = v.clone();
    println!("{}", c >= v);
}
