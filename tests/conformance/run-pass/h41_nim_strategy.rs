// Nim and a subtraction-game variant: optimal play via nim-sums and a Grundy-number table.
const HEAPS: usize = 4;
const MAX_TAKE: usize = 3;
const GRUNDY_LIMIT: usize = 32;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Player {
    First,
    Second,
}

impl Player {
    fn flip(self) -> Player {
        match self {
            Player::First => Player::Second,
            Player::Second => Player::First,
        }
    }
}

fn nim_sum(heaps: &[u32; HEAPS]) -> u32 {
    let mut x = 0;
    for h in heaps {
        x ^= h;
    }
    x
}

/// A winning move (heap, new size) if one exists, else the smallest legal move.
fn choose(heaps: &[u32; HEAPS]) -> (usize, u32) {
    let s = nim_sum(heaps);
    if s != 0 {
        for (i, &h) in heaps.iter().enumerate() {
            let target = h ^ s;
            if target < h {
                return (i, target);
            }
        }
    }
    for (i, &h) in heaps.iter().enumerate() {
        if h > 0 {
            return (i, h - 1);
        }
    }
    unreachable!("no move on an empty board");
}

fn grundy_table() -> [u8; GRUNDY_LIMIT] {
    // subtraction game: remove 1..=MAX_TAKE from a single heap
    let mut g = [0u8; GRUNDY_LIMIT];
    for n in 1..GRUNDY_LIMIT {
        let mut seen = [false; MAX_TAKE + 2];
        for take in 1..=MAX_TAKE.min(n) {
            let v = g[n - take] as usize;
            if v < seen.len() {
                seen[v] = true;
            }
        }
        let mut mex = 0;
        while seen[mex] {
            mex += 1;
        }
        g[n] = mex as u8;
    }
    g
}

fn main() {
    let mut heaps = [3u32, 4, 5, 7];
    let mut turn = Player::First;
    let mut moves = 0;
    println!("start {:?} nim-sum {}", heaps, nim_sum(&heaps));
    let winner = loop {
        let (i, to) = choose(&heaps);
        println!("{:?} takes {} from heap {} -> {:?}", turn, heaps[i] - to, i, { let mut h = heaps; h[i] = to; h });
        heaps[i] = to;
        moves += 1;
        if nim_sum(&heaps) == 0 && heaps == [0; HEAPS] {
            break turn;
        }
        turn = turn.flip();
    };
    println!("{:?} wins after {} moves", winner, moves);

    let g = grundy_table();
    print!("grundy:");
    for v in &g[..12] {
        print!(" {}", v);
    }
    println!();
    let positions = [[5usize, 9, 12], [4, 8, 12], [1, 2, 3]];
    for p in positions {
        let x = g[p[0]] ^ g[p[1]] ^ g[p[2]];
        println!("{:?}: {}", p, if x == 0 { "second player wins" } else { "first player wins" });
    }
}
