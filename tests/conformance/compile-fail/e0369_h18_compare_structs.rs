// Structs without `PartialEq`/`PartialOrd` are compared, and an enum without derives is
// compared with `==` inside a loop.
#[derive(Debug, Clone, Copy)]
struct Version {
    major: u16,
    minor: u16,
}

#[derive(Debug, Clone, Copy)]
enum Channel {
    Stable,
    Beta,
}

fn newest(versions: &[Version; 3]) -> Version {
    let mut best = versions[0];
    for v in versions.iter() {
        if *v > best {
            best = *v;
        }
    }
    best
}

fn main() {
    let vs = [Version { major: 1, minor: 2 }, Version { major: 1, minor: 9 }, Version { major: 0, minor: 4 }];
    let top = newest(&vs);
    if top == vs[1] {
        println!("second is newest");
    }
    let chans = [Channel::Stable, Channel::Beta, Channel::Stable];
    let mut stable = 0;
    for c in chans {
        if c == Channel::Stable {
            stable += 1;
        }
    }
    println!("{:?} {} {}", top, stable, top.major + top.minor);
}
