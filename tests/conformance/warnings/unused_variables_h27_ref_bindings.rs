// lints: unused_variables unused_mut
// Inventory matcher with bindings that are never read.
#[derive(Debug)]
struct Slot {
    code: u16,
    qty: u32,
    label: char,
}

#[derive(Debug)]
enum Event {
    Added(Slot),
    Removed { code: u16, reason: u8 },
    Cleared,
}

fn apply(ev: &mut Event) -> u32 {
    match ev {
        Event::Added(Slot { ref mut qty, label, .. }) => {
            *qty += 1;
            *qty
        }
        Event::Removed { code, reason } => *code as u32,
        Event::Cleared => 0,
    }
}

fn scan(slots: &[Slot]) -> u32 {
    let mut total = 0;
    for (i, slot) in slots.iter().enumerate() {
        let Slot { code, ref qty, label } = *slot;
        total += *qty;
    }
    total
}

fn bucket(n: u32) -> u8 {
    match n {
        small @ 0..=9 => 1,
        mid @ 10..=99 => mid as u8 % 7,
        _ => 3,
    }
}

fn main() {
    let mut ev = Event::Added(Slot { code: 1, qty: 2, label: 'a' });
    let mut other = Event::Removed { code: 3, reason: 1 };
    let n = apply(&mut ev);
    let mut slots = [Slot { code: 5, qty: 4, label: 'b' }];
    println!("{} {} {} {:?}", n, scan(&slots), bucket(42), Event::Cleared);
    let _ = &mut other;
}
