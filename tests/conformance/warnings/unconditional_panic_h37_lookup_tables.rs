// lints: unconditional_panic arithmetic_overflow
// regen: build
// Weighted grading with small local lookup tables.
const WEIGHTS: [u32; 3] = [3, 0, 1];
const CURVE: [u8; 2] = [250, 10];

fn weighted(scores: [u32; 3]) -> u32 {
    let weights = [3, 0, 1];
    scores[0] * weights[0] + scores[1] / weights[1]
}

fn weighted_const(scores: [u32; 3]) -> u32 {
    scores[1] / WEIGHTS[1]
}

fn curved(score: u8) -> u8 {
    let curve = [250u8, 10];
    curve[0] + curve[1] + score
}

fn curved_const() -> u8 {
    CURVE[0] + CURVE[1]
}

fn repeated() -> u16 {
    let steps = [30000u16; 4];
    steps[2] * 3
}

fn position() -> usize {
    let order = [2usize, 5, 1];
    let lanes = [0u8; 4];
    lanes[order[1]] as usize
}

fn changed(scores: [u32; 3]) -> u32 {
    let mut weights = [1, 1, 1];
    weights[2] = 0;
    scores[2] / weights[2]
}

fn main() {
    println!("{}", weighted([90, 80, 70]));
    println!("{}", weighted_const([90, 80, 70]));
    println!("{}", curved(1));
    println!("{}", curved_const());
    println!("{}", repeated());
    println!("{}", position());
    println!("{}", changed([1, 2, 3]));
}
