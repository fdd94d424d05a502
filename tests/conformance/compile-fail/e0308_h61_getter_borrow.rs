// getters returning a borrow where a value is wanted and vice versa
struct Inventory {
    apples: u32,
    pears: u32,
    label: [u8; 4],
}

impl Inventory {
    fn apples(&self) -> u32 {
        &self.apples
    }

    fn pears_ref(&self) -> &u32 {
        self.pears
    }

    fn label(&self) -> &[u8] {
        self.label
    }
}

fn main() {
    let inv = Inventory { apples: 4, pears: 9, label: *b"FRUT" };
    println!("{} {} {:?}", inv.apples(), inv.pears_ref(), inv.label());
}
