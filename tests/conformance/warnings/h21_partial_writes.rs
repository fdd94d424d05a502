// lints: unused_assignments unused_variables
// A scoreboard whose updates write parts of locals: fields, elements,
// destructured bindings; rustc's liveness finds the writes nobody reads.
struct Score {
    home: u32,
    away: u32,
}

struct Board {
    cells: [[u8; 3]; 3],
    moves: u32,
}

fn tally(rounds: &[(u32, u32)]) -> u32 {
    let (mut best, worst) = (0, 100);
    best = worst / 2;
    let mut s = Score { home: 0, away: 0 };
    for &(h, a) in rounds {
        s.home += h;
        s.away += a;
    }
    let mut spare = Score { home: 1, away: 1 };
    spare.home = 3;
    best + s.home + s.away
}

fn play(n: usize) -> u32 {
    let mut b = Board { cells: [[0; 3]; 3], moves: 0 };
    for i in 0..n {
        b.cells[i % 3][i % 3] = 1;
        b.moves += 1;
    }
    let mut history = [0u32; 4];
    let total = b.moves;
    history[0] = total;
    total
}

fn settle(flag: bool) -> u32 {
    let Score { mut home, away } = Score { home: 2, away: 5 };
    home = away + 1;
    let mut pair = (0, 0);
    loop {
        pair.0 += 1;
        if pair.0 > 3 {
            break;
        }
    }
    pair.1 = 9;
    match (home, away) {
        (mut h, a) if flag => {
            h = a;
            println!("{}", h);
        }
        _ => {}
    }
    home
}

fn main() {
    println!("{}", tally(&[(1, 2), (3, 4)]));
    println!("{}", play(4));
    println!("{}", settle(true));
}
