// A 4x4 grid of u8 cells: count neighbours, rotate rows, print the board.
const N: usize = 4;

fn print_grid(g: &[[u8; N]; N]) {
    for row in g {
        for &cell in row {
            print!("{}", if cell == 0 { '.' } else { '#' });
        }
        println!();
    }
}

fn neighbours(g: &[[u8; N]; N], r: usize, c: usize) -> u32 {
    let mut count = 0;
    for dr in 0..3 {
        for dc in 0..3 {
            if dr == 1 && dc == 1 {
                continue;
            }
            let rr = r + dr;
            let cc = c + dc;
            if rr == 0 || cc == 0 || rr > N || cc > N {
                continue;
            }
            count += g[rr - 1][cc - 1] as u32;
        }
    }
    count
}

fn step(g: &[[u8; N]; N]) -> [[u8; N]; N] {
    let mut next = [[0u8; N]; N];
    for r in 0..N {
        for c in 0..N {
            let n = neighbours(g, r, c);
            let alive = g[r][c] == 1;
            next[r][c] = match (alive, n) {
                (true, 2) | (true, 3) => 1,
                (false, 3) => 1,
                _ => 0,
            };
        }
    }
    next
}

fn main() {
    let mut grid: [[u8; N]; N] = [[0; N]; N];
    grid[1][0] = 1;
    grid[1][1] = 1;
    grid[1][2] = 1;
    print_grid(&grid);
    for gen in 1..=2 {
        grid = step(&grid);
        println!("-- generation {gen}");
        print_grid(&grid);
    }
    let total: u32 = {
        let mut t = 0;
        for row in grid.iter() {
            for cell in row.iter() {
                t += *cell as u32;
            }
        }
        t
    };
    println!("alive: {}", total);
}
