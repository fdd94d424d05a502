// Game of life on a fixed 8x8 torus using isize offsets and rem_euclid.

const N: usize = 8;
type Board = [[bool; N]; N];

fn neighbours(b: &Board, r: usize, c: usize) -> u8 {
    let mut n = 0;
    for dr in -1isize..=1 {
        for dc in -1isize..=1 {
            if dr == 0 && dc == 0 {
                continue;
            }
            let rr = (r as isize + dr).rem_euclid(N as isize) as usize;
            let cc = (c as isize + dc).rem_euclid(N as isize) as usize;
            n += b[rr][cc] as u8;
        }
    }
    n
}

fn step(b: &Board) -> Board {
    let mut next = [[false; N]; N];
    for r in 0..N {
        for c in 0..N {
            let n = neighbours(b, r, c);
            next[r][c] = (b[r][c] && n == 2) || n == 3;
        }
    }
    next
}

fn show(b: &Board) {
    for row in b {
        let mut line = [b'.'; N];
        for (i, &cell) in row.iter().enumerate() {
            if cell {
                line[i] = b'#';
            }
        }
        for ch in line {
            print!("{}", ch as char);
        }
        println!();
    }
}

fn population(b: &Board) -> usize {
    let mut p = 0;
    for row in b.iter() {
        for &c in row.iter() {
            if c {
                p += 1;
            }
        }
    }
    p
}

fn main() {
    let mut b: Board = [[false; N]; N];
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] {
        b[r][c] = true;
    }
    for gen in 0..4 {
        println!("generation {} population {}", gen, population(&b));
        show(&b);
        b = step(&b);
    }
}
