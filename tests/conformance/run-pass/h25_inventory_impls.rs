// A warehouse inventory exercising impl blocks, Self, associated consts and receivers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
struct Sku(u32);

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Slot {
    sku: Sku,
    qty: u16,
    price_cents: u32,
}

#[derive(Debug)]
struct Shelf {
    slots: [Slot; 4],
    name: &'static str,
}

impl Sku {
    const NONE: Sku = Sku(0);

    fn is_none(self) -> bool {
        self == Self::NONE
    }
}

impl Slot {
    const MAX_QTY: u16 = 500;

    fn value(&self) -> u64 {
        self.qty as u64 * self.price_cents as u64
    }

    fn restock(&mut self, n: u16) -> u16 {
        let room = Self::MAX_QTY - self.qty;
        let added = n.min(room);
        self.qty += added;
        n - added
    }

    fn take(mut self, n: u16) -> Self {
        self.qty = self.qty.saturating_sub(n);
        self
    }
}

impl Shelf {
    fn new(name: &'static str) -> Self {
        Shelf { slots: [Slot::default(); 4], name }
    }

    fn place(&mut self, index: usize, sku: Sku, price_cents: u32) -> &mut Slot {
        let slot = &mut self.slots[index];
        slot.sku = sku;
        slot.price_cents = price_cents;
        slot
    }

    fn total_value(&self) -> u64 {
        let mut sum = 0;
        for s in self.slots.iter() {
            if !s.sku.is_none() {
                sum += s.value();
            }
        }
        sum
    }

    fn busiest(&self) -> (bool, usize) {
        let mut best = (false, 0);
        for (i, s) in self.slots.iter().enumerate() {
            match best {
                (true, b) if self.slots[b].qty >= s.qty => {}
                _ if s.qty > 0 => best = (true, i),
                _ => {}
            }
        }
        best
    }
}

impl Shelf {
    fn describe(&self) {
        println!("shelf {:>6}: value {:08.2}", self.name, self.total_value() as f64 / 100.0);
    }
}

fn main() {
    let mut shelf = Shelf::new("A-1");
    let left = shelf.place(0, Sku(101), 250).restock(600);
    println!("overflow {}", left);
    shelf.place(2, Sku(205), 1999).restock(12);
    {
        let s = &mut shelf.slots[2];
        *s = s.take(5);
    }
    shelf.describe();
    println!("{:?}", shelf.slots[2]);
    println!("{:#?}", shelf.slots[0].sku);
    println!("busiest {:?}", shelf.busiest());
    let max_sku = if shelf.slots[0].sku > shelf.slots[2].sku { shelf.slots[0].sku } else { Sku::NONE };
    println!("{:?} {}", max_sku, Slot::MAX_QTY);
    println!("{}", Shelf::new("B").total_value());
}
