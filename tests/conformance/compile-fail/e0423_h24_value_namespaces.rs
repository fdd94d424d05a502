// Types used as values and modules used as values in a scheduler.
mod timing {
    pub const TICK: u32 = 10;
}

struct Task {
    id: u32,
    period: u32,
}

struct Marker;

struct Slot(u8);

fn make() -> Task {
    let t = Task;
    let s = Slot;
    let m = Marker;
    let n = timing;
    let _ = (s, m, n);
    t
}

fn period(t: &Task) -> u32 {
    t.period * timing::TICK + t.id
}

fn main() {
    let t = make();
    println!("{}", period(&t));
    let x = u32;
    println!("{}", x);
}
