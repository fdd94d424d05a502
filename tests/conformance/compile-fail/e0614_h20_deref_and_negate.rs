// Score keeping: a plain integer is dereferenced, an unsigned value is negated
// and `!` is applied to a struct.
#[derive(Debug, Clone, Copy)]
struct Flags {
    dirty: bool,
    locked: bool,
}

struct Board {
    scores: [u32; 4],
    flags: Flags,
}

fn best(board: &Board) -> u32 {
    let mut top = 0;
    for s in board.scores.iter() {
        if *s > top {
            top = *s;
        }
    }
    top
}

fn penalty(points: u32) -> u32 {
    let base = points / 10;
    *base + 1
}

fn main() {
    let board = Board { scores: [12, 40, 33, 7], flags: Flags { dirty: false, locked: true } };
    let top = best(&board);
    let delta: u32 = 5;
    let lowered = -delta;
    let unlocked = !board.flags;
    println!("{} {} {} {:?}", top, penalty(top), lowered, unlocked);
}
