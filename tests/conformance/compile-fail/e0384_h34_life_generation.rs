// Game of life on a fixed 6x6 board; counters declared without `mut`.

const N: usize = 6;

fn neighbours(b: &[[bool; N]; N], r: usize, c: usize) -> u8 {
    let count = 0;
    for dr in [N - 1, 0, 1] {
        for dc in [N - 1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            let rr = (r + dr) % N;
            let cc = (c + dc) % N;
            if b[rr][cc] {
                count += 1;
            }
        }
    }
    count
}

fn step(b: &[[bool; N]; N]) -> [[bool; N]; N] {
    let mut next = [[false; N]; N];
    for r in 0..N {
        for c in 0..N {
            let n = neighbours(b, r, c);
            next[r][c] = matches_rule(b[r][c], n);
        }
    }
    next
}

fn matches_rule(alive: bool, n: u8) -> bool {
    (alive && (n == 2 || n == 3)) || (!alive && n == 3)
}

fn main() {
    let board = [[false; N]; N];
    board[1][2] = true;
    board[2][3] = true;
    board[3][1] = true;
    board[3][2] = true;
    board[3][3] = true;
    let generations = 0;
    while generations < 4 {
        board = step(&board);
        generations += 1;
    }
    let mut alive = 0;
    for row in board {
        for cell in row {
            if cell {
                alive += 1;
            }
        }
    }
    println!("alive after 4: {}", alive);
}
