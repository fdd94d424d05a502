// Conway's game of life on a toroidal grid with const dimensions.
const W: usize = 10;
const H: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Cell {
    Dead,
    Alive,
}

type Board = [[Cell; W]; H];

fn neighbours(b: &Board, r: usize, c: usize) -> usize {
    let mut n = 0;
    for dr in [H - 1, 0, 1] {
        for dc in [W - 1, 0, 1] {
            if dr == 0 && dc == 0 {
                continue;
            }
            if b[(r + dr) % H][(c + dc) % W] == Cell::Alive {
                n += 1;
            }
        }
    }
    n
}

fn step(b: &Board) -> Board {
    let mut next = [[Cell::Dead; W]; H];
    for r in 0..H {
        for c in 0..W {
            next[r][c] = match (b[r][c], neighbours(b, r, c)) {
                (Cell::Alive, 2 | 3) => Cell::Alive,
                (Cell::Dead, 3) => Cell::Alive,
                _ => Cell::Dead,
            };
        }
    }
    next
}

fn render(b: &Board) -> String {
    b.iter()
        .map(|row| row.iter().map(|&c| if c == Cell::Alive { '#' } else { '.' }).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let mut board = [[Cell::Dead; W]; H];
    for &(r, c) in &[(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)] {
        board[r][c] = Cell::Alive;
    }
    for generation in 0..4 {
        println!("generation {generation}:\n{}\n", render(&board));
        board = step(&board);
    }
    let alive = board.iter().flatten().filter(|&&c| c == Cell::Alive).count();
    println!("alive: {alive}");
}
