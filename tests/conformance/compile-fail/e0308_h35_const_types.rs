// Physics constants declared with types that do not match their values.
const GRAVITY: f64 = 9;
const STEPS: usize = 100u32;
const DT: f32 = 0.01;
const DIMS: i32 = 3;
static LABEL: &str = 'g';
const MAX_SPEED: u16 = 340.0;

struct Body {
    pos: [f64; DIMS],
    vel: [f64; 3],
}

fn step(b: &mut Body) {
    for i in 0..3 {
        b.vel[i] -= GRAVITY * DT;
        b.pos[i] += b.vel[i];
    }
}

fn main() {
    let mut b = Body { pos: [0.0; 3], vel: [1.0, 2.0, 3.0] };
    for _ in 0..STEPS {
        step(&mut b);
    }
    println!("{} {:?} {} {}", LABEL, b.pos, MAX_SPEED, b.vel[0]);
}
