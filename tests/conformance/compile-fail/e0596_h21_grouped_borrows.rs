// E0596 and E0594 on bindings declared without `mut`: a second mutable
// borrow of the same binding joins the first error; assignments do not.
struct Counter {
    hits: u32,
}

fn bump(x: &mut u32) {
    *x += 1;
}

fn reset(c: &mut Counter) {
    c.hits = 0;
}

fn tally(values: &[u32]) -> u32 {
    let view = &mut values[..];
    view[0]
}

fn main() {
    let c = Counter { hits: 1 };
    bump(&mut c.hits);
    reset(&mut c);
    let slots = [1, 2, 3];
    slots[0] = 5;
    let first = &mut slots[1];
    *first = 3;
    let n = 4;
    bump(&mut n);
    println!("{} {} {}", c.hits, n, tally(&slots));
}
