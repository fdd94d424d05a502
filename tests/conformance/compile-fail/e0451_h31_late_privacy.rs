// A badge registry whose struct has a private field: rustc's privacy pass
// comes after its lints, so the dead code and naming warnings come first.
mod registry {
    pub struct Badge {
        pub holder: u32,
        level: u8,
    }

    pub fn describe(b: &Badge) -> u32 {
        b.holder
    }
}

fn unused_helper() -> u8 {
    3
}

fn main() {
    let b = registry::Badge { holder: 7, level: 2 };
    let BadgeCount = 1;
    println!("{} {}", registry::describe(&b), BadgeCount);
}
