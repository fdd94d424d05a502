// A bowling score keeper: slice patterns in while-let, let-else for validation,
// labelled loops, consts computed from other consts, and aligned tables.
const FRAMES: usize = 10;
const PINS: u8 = 10;
const MAX_SCORE: u32 = (PINS as u32) * 3 * FRAMES as u32;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Frame {
    Strike,
    Spare(u8),
    Open(u8, u8),
}

fn classify(rolls: &[u8]) -> (Frame, usize) {
    match rolls {
        [10, ..] => (Frame::Strike, 1),
        [a, b, ..] if a + b == PINS => (Frame::Spare(*a), 2),
        [a, b, ..] => (Frame::Open(*a, *b), 2),
        [a] => (Frame::Open(*a, 0), 1),
        [] => (Frame::Open(0, 0), 0),
    }
}

fn score(rolls: &[u8]) -> u32 {
    let mut total = 0u32;
    let mut rest = rolls;
    let mut frame = 0;
    while let [_, tail @ ..] = rest {
        if frame == FRAMES {
            break;
        }
        let (kind, used) = classify(rest);
        total += match kind {
            Frame::Strike => match tail {
                [x, y, ..] => 10 + *x as u32 + *y as u32,
                _ => 10,
            },
            Frame::Spare(_) => match &rest[2..] {
                [x, ..] => 10 + *x as u32,
                [] => 10,
            },
            Frame::Open(a, b) => (a + b) as u32,
        };
        rest = &rest[used..];
        frame += 1;
    }
    total
}

fn validate(rolls: &[u8]) -> u32 {
    let [head, ..] = rolls else {
        return 0;
    };
    let mut bad = 0;
    'check: for (i, &r) in rolls.iter().enumerate() {
        if r > PINS {
            bad = i as u32 + 1;
            break 'check;
        }
    }
    bad * 100 + *head as u32
}

fn main() {
    let games: [&[u8]; 5] = [
        &[10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10],
        &[9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9, 1, 9],
        &[3, 4, 10, 5, 5, 0, 0, 2, 7],
        &[],
        &[4, 12, 3],
    ];
    println!("max possible {}", MAX_SCORE);
    println!("{:<5}|{:>6}|{:>6}|{:>8}", "game", "rolls", "score", "check");
    for (i, g) in games.iter().enumerate() {
        let s = score(g);
        let pct = s as f32 * 100.0 / MAX_SCORE as f32;
        println!("{:<5}|{:>6}|{:>6}|{:>8}| {:5.1}%", i + 1, g.len(), s, validate(g), pct);
    }
    let (f, used) = classify(&[7, 3, 2]);
    println!("{:?} {} {:?}", f, used, classify(&[4]));
}
