// lints: unused_mut
use std::fmt::Debug;

#[derive(Debug, Clone, Copy)]
struct Slot {
    id: u16,
    count: u16,
    max: u16,
}

impl Slot {
    fn space(&self) -> u16 {
        let mut free = self.max - self.count;
        free
    }

    fn fill(&mut self, n: u16) -> u16 {
        let mut added = 0;
        let mut i = 0;
        while self.count < self.max && added < n {
            self.count += 1;
            added += 1;
        }
        added
    }
}

fn total(slots: &[Slot]) -> u32 {
    let mut t = 0u32;
    let mut spare = 0;
    for s in slots {
        t += s.count as u32;
    }
    t
}

fn main() {
    let mut slots = [Slot { id: 1, count: 2, max: 5 }, Slot { id: 2, count: 0, max: 3 }];
    let mut first = slots[0];
    let added = slots[1].fill(10);
    let leftover;
    leftover = 10 - added;
    println!("{} {} {}", total(&slots), first.space(), leftover);
    let mut unused_flag = true;
}
