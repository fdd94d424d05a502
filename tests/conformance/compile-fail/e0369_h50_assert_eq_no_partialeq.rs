#[derive(Debug, Clone, Copy)]
struct Version {
    major: u8,
    minor: u8,
}

fn bump(v: Version) -> Version {
    Version { major: v.major, minor: v.minor + 1 }
}

fn main() {
    let v = Version { major: 1, minor: 2 };
    let w = bump(v);
    assert_eq!(w, Version { major: 1, minor: 3 });
    println!("{:?}", w);
}
