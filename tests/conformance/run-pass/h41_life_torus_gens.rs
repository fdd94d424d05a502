// Conway's life on a small torus, counting generations until a repeat of the previous state.
const W: usize = 12;
const H: usize = 8;

type Board = [[bool; W]; H];

fn neighbours(b: &Board, row: usize, col: usize) -> u8 {
    let mut n = 0u8;
    for dr in -1i32..=1 {
        for dc in -1i32..=1 {
            if dr == 0 && dc == 0 {
                continue;
            }
            let r = (row as i32 + dr).rem_euclid(H as i32) as usize;
            let c = (col as i32 + dc).rem_euclid(W as i32) as usize;
            if b[r][c] {
                n += 1;
            }
        }
    }
    n
}

fn step(b: &Board) -> Board {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let alive = b[r][c];
            next[r][c] = match (alive, neighbours(b, r, c)) {
                (true, 2) | (true, 3) => true,
                (false, 3) => true,
                _ => false,
            };
        }
    }
    next
}

fn population(b: &Board) -> usize {
    let mut count = 0;
    for row in b.iter() {
        for &cell in row.iter() {
            count += cell as usize;
        }
    }
    count
}

fn draw(b: &Board) {
    for row in b {
        let mut line = [b'.'; W];
        for (c, alive) in row.iter().enumerate() {
            if *alive {
                line[c] = b'#';
            }
        }
        for ch in line {
            print!("{}", ch as char);
        }
        println!();
    }
}

fn main() {
    let mut board: Board = [[false; W]; H];
    // a glider and a blinker
    let glider = [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)];
    for &(r, c) in glider.iter() {
        board[r][c] = true;
    }
    for c in 7..10 {
        board[5][c] = true;
    }
    draw(&board);
    let mut prev = board;
    let generations = 'sim: loop {
        for g in 1..=60u32 {
            let next = step(&board);
            if next == prev && g > 1 {
                break 'sim g;
            }
            prev = board;
            board = next;
        }
        break 0;
    };
    println!("generations run: {}", generations);
    println!("population now: {}", population(&board));
    draw(&board);
}
