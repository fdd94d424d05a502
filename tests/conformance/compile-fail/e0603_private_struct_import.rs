// Importing a private struct and a private nested module.
mod engine {
    struct Piston {
        pub bore_mm: u32,
    }

    mod internals {
        pub fn rpm_limit() -> u32 {
            7000
        }
    }

    pub fn displacement() -> u32 {
        let p = Piston { bore_mm: 86 };
        p.bore_mm * 4
    }
}

use engine::Piston;
use engine::internals::rpm_limit;

fn main() {
    println!("{} {}", engine::displacement(), rpm_limit());
    let _ = Piston { bore_mm: 1 };
}
