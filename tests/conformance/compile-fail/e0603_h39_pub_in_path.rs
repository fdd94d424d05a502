// An inventory system where a helper is visible only inside `crate::store`.
mod store {
    pub mod shelf {
        pub(in crate::store) fn restock_amount(current: u32, target: u32) -> u32 {
            if current >= target { 0 } else { target - current }
        }

        pub fn label(slot: u32) -> u32 {
            slot * 100
        }
    }

    pub mod orders {
        pub fn plan(current: u32) -> u32 {
            // Fine: we are inside crate::store.
            super::shelf::restock_amount(current, 40)
        }
    }
}

mod report {
    pub fn summary(current: u32) -> u32 {
        // Not allowed: crate::report is outside crate::store.
        let extra = crate::store::shelf::restock_amount(current, 50);
        extra + crate::store::orders::plan(current)
    }
}

fn main() {
    let s = report::summary(12);
    println!("{} {}", s, store::shelf::label(3));
}
