// Conway's game of life on a small torus, printing a few generations.
const W: usize = 10;
const H: usize = 8;
type Grid = [[bool; W]; H];

fn neighbours(g: &Grid, r: usize, c: usize) -> u8 {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            if g[(r + dr) % H][(c + dc) % W] {
                n += 1;
            }
        }
    }
    n
}

fn step(g: &Grid) -> Grid {
    let mut next = [[false; W]; H];
    for r in 0..H {
        for c in 0..W {
            let n = neighbours(g, r, c);
            next[r][c] = n == 3 || (g[r][c] && n == 2);
        }
    }
    next
}

fn print(g: &Grid, generation: u32) {
    let mut alive = 0;
    println!("generation {}", generation);
    for row in g {
        for &cell in row {
            print!("{}", if cell { '#' } else { '.' });
            alive += cell as u32;
        }
        println!();
    }
    println!("alive: {}", alive);
}

fn main() {
    let mut g = [[false; W]; H];
    // a glider and a blinker
    for (r, c) in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2), (5, 6), (5, 7), (5, 8)] {
        g[r][c] = true;
    }
    for generation in 0..4 {
        print(&g, generation);
        g = step(&g);
    }
}
