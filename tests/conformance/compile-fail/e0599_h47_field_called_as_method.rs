// Calling fields as methods and associated consts as functions.
#[derive(Debug, Clone, Copy)]
struct Battery {
    charge: u8,
    capacity_mah: u32,
}

impl Battery {
    const FULL: u8 = 100;

    fn full(capacity_mah: u32) -> Battery {
        Battery { charge: Self::FULL, capacity_mah }
    }

    fn remaining_mah(&self) -> u32 {
        self.capacity_mah * self.charge as u32 / 100
    }

    fn drain(&mut self, pct: u8) {
        self.charge = self.charge.saturating_sub(pct);
    }
}

fn main() {
    let mut b = Battery::full(3000);
    b.drain(25);
    println!("{}", b.charge());
    println!("{}", b.remaining_mah);
    println!("{}", Battery::FULL());
    println!("{}", Battery::EMPTY);
    println!("{}", b.remaining_mah());
}
