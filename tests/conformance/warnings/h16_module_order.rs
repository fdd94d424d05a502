// lints: dead_code non_snake_case
// A billing crate: helpers in nested modules, leftovers at the root.
mod billing {
    pub fn total_cents(items: &[u32]) -> u32 {
        let mut Sum = 0;
        for i in items {
            Sum += i;
        }
        Sum
    }

    fn round_up(v: u32) -> u32 {
        fn step() -> u32 { 5 }
        (v + step() - 1) / step() * step()
    }

    pub mod tax {
        pub fn ApplyVat(cents: u32) -> u32 {
            let RatePct = 20;
            cents + cents * RatePct / 100
        }
        fn legacy_rate() -> u32 { 17 }
    }

    #[allow(dead_code)]
    fn audit_hook() -> u32 {
        checksum(3)
    }

    fn checksum(x: u32) -> u32 { x * 31 }
}

enum Receipt {
    Paper(u32),
    Email { address: &'static str },
    Printed,
}

type Cents = u32;
const OLD_FEE: Cents = 25;

fn main() {
    let items = [250, 1999, 75];
    let NetTotal = billing::total_cents(&items);
    let gross = billing::tax::ApplyVat(NetTotal);
    let r = Receipt::Paper(gross);
    let _e = Receipt::Email { address: "a@b.c" };
    match r {
        Receipt::Paper(_) => println!("printed {}", gross),
        _ => println!("sent"),
    }
}
