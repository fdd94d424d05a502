// Score keeping: a local shadows a helper function, and a field is read off an integer.
#[derive(Debug, Clone, Copy)]
struct Frame {
    first: u8,
    second: u8,
    bonus: u8,
}

fn total(frames: &[Frame]) -> u32 {
    let mut t = 0;
    for f in frames {
        t += (f.first + f.second + f.bonus) as u32;
    }
    t
}

fn strike(f: &Frame) -> bool {
    f.first == 10
}

fn spare(f: &Frame) -> bool {
    !strike(f) && f.first + f.second == 10
}

fn main() {
    let frames = [
        Frame { first: 10, second: 0, bonus: 7 },
        Frame { first: 4, second: 3, bonus: 0 },
        Frame { first: 6, second: 4, bonus: 5 },
        Frame { first: 5, second: 2, bonus: 0 },
    ];
    let mut strikes = 0;
    let mut spares = 0;
    for f in &frames {
        if strike(f) {
            strikes += 1;
        } else if spare(f) {
            spares += 1;
        }
    }
    let total = total(&frames);
    println!("total {} strikes {} spares {}", total, strikes, spares);
    // mistake: `total` is now a u32, not the function
    let first_two = total(&frames[..2]);
    // mistake: field access on an integer
    println!("first two {} best {}", first_two, strikes.first);
}
