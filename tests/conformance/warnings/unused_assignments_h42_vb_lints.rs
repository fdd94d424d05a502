// lints: unused_assignments unused_mut unused_variables
// Binding lints: a `mut` that is never mutated, an unused binding, a dead store.
fn area(w: u32, h: u32) -> u32 {
    let mut result = w * h;
    result
}

fn perimeter(w: u32, h: u32) -> u32 {
    let doubled = 2;
    2 * (w + h)
}

fn main() {
    let mut best = 0;
    best = area(3, 4);
    println!("area {}", best);
    let mut steps = 10;
    steps = 20;
    println!("perimeter {}", perimeter(3, 4));
    let (w, h) = (5, 6);
    println!("width {}", w);
}
