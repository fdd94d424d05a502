// lints: unused_parens
// A physics step with parentheses in every position rustc looks at.
const GRAVITY: f64 = (9.81);

struct Body {
    pos: f64,
    vel: f64,
}

fn step(b: &mut Body, dt: f64) -> f64 {
    let acc = (-GRAVITY);
    b.vel += (acc * dt);
    b.pos = (b.pos + b.vel * dt);
    if (b.pos < 0.0) {
        b.pos = 0.0;
    }
    match (b.vel > 0.0) {
        true => (1.0),
        false => -1.0,
    }
}

fn energy(b: &Body) -> f64 {
    let kinetic = 0.5 * (b.vel * b.vel);
    let potential = (GRAVITY) * b.pos;
    return (kinetic + potential);
}

fn sum(values: &[f64]) -> f64 {
    let mut total = 0.0;
    for v in (values) {
        total += *v;
    }
    while (total > 100.0) {
        total -= 100.0;
    }
    (total)
}

fn pair() -> (f64, f64) {
    let p = ((1.0), (2.0));
    let q: (f64) = 3.0;
    (p.0 + q, (p.1))
}

fn main() {
    let mut b = Body { pos: 10.0, vel: 0.0 };
    let dir = step(&mut b, (0.1));
    println!("{} {} {}", dir, energy(&b), sum(&[1.0, 2.0]));
    let (x, y) = (pair());
    let arr = [(1), 2, 3];
    println!("{} {} {:?} {}", x, y, arr, (b.pos));
}
