// Destructuring assignment: tuples, slices, structs, underscore expressions and nested targets.
#[derive(Debug, Default)]
struct State {
    pos: (i32, i32),
    vel: (i32, i32),
    name: String,
}

fn next_fib(a: u64, b: u64) -> (u64, u64) {
    (b, a + b)
}

fn main() {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..10 {
        (a, b) = next_fib(a, b);
    }
    let mut arr = [0; 4];
    [arr[0], arr[1], .., arr[3]] = [1, 2, 3, 4];
    let (mut x, mut y, mut z);
    (x, (y, z)) = (1, (2, 3));
    (x, y) = (y, x);
    [x, .., z] = [z, 0, 0, x];
    let mut s = State::default();
    State { pos: s.pos, vel: (s.vel.0, _), .. } = State { pos: (5, 6), vel: (7, 8), name: String::new() };
    _ = s.name.len();
    _ = "discarded";
    let _ = std::mem::take(&mut s.name);
    (_, s.vel.1) = (99, -1);
    let mut count = 0;
    (count, _) = (count + 1, "ignored");
    let mut swap = (String::from("l"), String::from("r"));
    (swap.0, swap.1) = (swap.1.clone(), swap.0.clone());
    println!("{a} {b} {arr:?} {x} {y} {z} {s:?} {count} {swap:?}");
}
