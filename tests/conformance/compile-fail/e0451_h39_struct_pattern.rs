// Destructuring structs with private fields from outside the module.
mod inventory {
    #[derive(Debug, Clone, Copy)]
    pub struct Slot {
        pub sku: u32,
        pub qty: u32,
        reserved: u32,
    }

    pub fn slot(sku: u32) -> Slot {
        Slot { sku, qty: sku % 7, reserved: 1 }
    }
}

use inventory::Slot;

fn available(s: Slot) -> u32 {
    let Slot { qty, reserved, .. } = s;
    qty - reserved
}

fn main() {
    let s = inventory::slot(10);
    let Slot { sku, .. } = s;
    println!("{} {}", sku, available(s));
}
