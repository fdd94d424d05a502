// Comparing structs with == and < without deriving PartialEq/PartialOrd.
#[derive(Debug, Clone, Copy)]
struct Version {
    major: u32,
    minor: u32,
    patch: u32,
}

fn main() {
    let installed = Version { major: 1, minor: 4, patch: 2 };
    let required = Version { major: 1, minor: 5, patch: 0 };
    if installed == required {
        println!("up to date");
    } else if installed < required {
        println!("upgrade from {:?}", installed);
    }
    println!("{}.{}.{}", required.major, required.minor, required.patch);
}
