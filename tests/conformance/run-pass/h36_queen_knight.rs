// Chess helpers on an 8x8 board: queen attacks and knight distances by BFS.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Square {
    file: i8,
    rank: i8,
}

impl Square {
    fn new(file: i8, rank: i8) -> Square {
        assert!(on_board(file) && on_board(rank), "off board");
        Square { file, rank }
    }

    fn parse(s: &[u8; 2]) -> Square {
        Square::new((s[0] - b'a') as i8, (s[1] - b'1') as i8)
    }

    fn name(&self) -> (char, char) {
        ((b'a' + self.file as u8) as char, (b'1' + self.rank as u8) as char)
    }
}

fn on_board(v: i8) -> bool {
    matches_range(v)
}

fn matches_range(v: i8) -> bool {
    match v {
        0..=7 => true,
        _ => false,
    }
}

fn queen_attacks(q: Square, t: Square) -> bool {
    let df = (q.file - t.file).abs();
    let dr = (q.rank - t.rank).abs();
    q != t && (df == 0 || dr == 0 || df == dr)
}

const KNIGHT: [(i8, i8); 8] = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];

fn knight_distance(from: Square, to: Square) -> u8 {
    let mut dist = [[u8::MAX; 8]; 8];
    let mut queue = [Square { file: 0, rank: 0 }; 64];
    let (mut head, mut tail) = (0usize, 0usize);
    dist[from.rank as usize][from.file as usize] = 0;
    queue[tail] = from;
    tail += 1;
    while head < tail {
        let cur = queue[head];
        head += 1;
        let d = dist[cur.rank as usize][cur.file as usize];
        if cur == to {
            return d;
        }
        for (df, dr) in KNIGHT {
            let (f, r) = (cur.file + df, cur.rank + dr);
            if !on_board(f) || !on_board(r) {
                continue;
            }
            let slot = &mut dist[r as usize][f as usize];
            if *slot == u8::MAX {
                *slot = d + 1;
                queue[tail] = Square { file: f, rank: r };
                tail += 1;
            }
        }
    }
    u8::MAX
}

fn main() {
    let queen = Square::parse(b"d4");
    let targets: [&[u8; 2]; 6] = [b"d8", b"h4", b"a1", b"g7", b"e6", b"d4"];
    for t in targets {
        let sq = Square::parse(t);
        let (f, r) = sq.name();
        println!("queen d4 -> {}{}: {}", f, r, queen_attacks(queen, sq));
    }
    let mut attacked = 0;
    for rank in 0..8 {
        for file in 0..8 {
            if queen_attacks(queen, Square::new(file, rank)) {
                attacked += 1;
            }
        }
    }
    println!("squares attacked from d4: {}", attacked);
    let corner = Square::parse(b"a1");
    let mut worst = 0;
    let mut histogram = [0u32; 8];
    for rank in 0..8 {
        for file in 0..8 {
            let d = knight_distance(corner, Square::new(file, rank));
            histogram[d as usize] += 1;
            worst = worst.max(d);
        }
    }
    println!("knight from a1: farthest {} moves", worst);
    for (d, n) in histogram[..=worst as usize].iter().enumerate() {
        println!("  {} moves: {} squares", d, n);
    }
}
