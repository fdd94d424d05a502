// Inline captures in assert!/panic! messages and labels that refer to names out of scope.
#[derive(Debug, Clone, Copy)]
struct Tank {
    litres: u32,
    capacity: u32,
}

fn fill(t: &mut Tank, amount: u32) -> u32 {
    let room = t.capacity - t.litres;
    let added = if amount > room { room } else { amount };
    t.litres += added;
    assert!(t.litres <= t.capacity, "overfilled: {litres} > {capacity}");
    added
}

fn drain(t: &mut Tank, amount: u32) {
    if amount > t.litres {
        let missing = amount - t.litres;
        eprintln!("short by {missing}");
    }
    t.litres = t.litres.saturating_sub(amount);
    eprintln!("drained, still short by {missing}");
}

mod gauge {
    pub const FULL_MARK: u32 = 100;
    pub fn percent(litres: u32, capacity: u32) -> u32 {
        litres * FULL_MARK / capacity
    }
}

fn main() {
    let mut tank = Tank { litres: 20, capacity: 80 };
    let added = fill(&mut tank, 70);
    drain(&mut tank, 10);
    let pct = gauge::percent(tank.litres, tank.capacity);
    println!("added {added}, now {pct}% of {FULL_MARK}");
    println!("{tank:?} {pct:>5}");
    if pct > 100 {
        panic!("impossible level {pct} (added {addded})");
    }
}
