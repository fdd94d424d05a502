// lints: double_negations
// A countdown written with C habits: `--x` is two negations in Rust, not a decrement.
struct Timer {
    remaining: i32,
    step: i32,
}

fn tick(timer: &mut Timer) -> i32 {
    let before = timer.remaining;
    timer.remaining = --before;
    timer.remaining -= timer.step;
    timer.remaining
}

fn mirrored(offset: i64) -> i64 {
    // Negating twice on purpose reads better with parentheses.
    let back = -(-offset);
    let again = ---offset;
    back + again
}

fn main() {
    let mut timer = Timer { remaining: 10, step: 2 };
    while timer.remaining > 0 {
        println!("left: {}", tick(&mut timer));
    }
    println!("{}", mirrored(--3));
}
