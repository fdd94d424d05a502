// Dereferencing values, fields and arrays.
#[derive(Debug, Clone, Copy)]
struct Slot {
    id: u32,
    weight: f64,
}

fn heaviest(slots: &[Slot]) -> f64 {
    let mut w = 0.0;
    for s in slots {
        if *s.weight > w {
            w = s.weight;
        }
    }
    w
}

fn main() {
    let slots = [Slot { id: 1, weight: 2.5 }, Slot { id: 2, weight: 1.0 }];
    let first = slots[0];
    let id = *first.id;
    let arr = *slots;
    let r = &slots[1];
    let w = *r.weight;
    let ok = (*r).weight;
    let n = 5;
    let d = *5;
    let mut count = 0;
    *count += 1;
    let b = &&true;
    let bb = ***b;
    println!("{} {} {:?} {} {} {} {} {}", heaviest(&slots), id, arr, w, ok, d, count, bb);
    let _ = n;
}
