// Spiral matrix exercise: fill an N x N grid in clockwise order.
const MAX: usize = 6;

struct Grid {
    cells: [[u32; MAX]; MAX],
    size: usize,
}

#[derive(Clone, Copy, Debug)]
enum Dir {
    Right,
    Down,
    Left,
    Up,
}

impl Dir {
    fn turn(self) -> Dir {
        match self {
            Dir::Right => Dir::Down,
            Dir::Down => Dir::Left,
            Dir::Left => Dir::Up,
            Dir::Up => Dir::Right,
        }
    }

    fn delta(self) -> (i32, i32) {
        match self {
            Dir::Right => (0, 1),
            Dir::Down => (1, 0),
            Dir::Left => (0, -1),
            Dir::Up => (-1, 0),
        }
    }
}

impl Grid {
    fn spiral(size: usize) -> Grid {
        let mut g = Grid { cells: [[0; MAX]; MAX], size };
        let (mut r, mut c) = (0i32, 0i32);
        let mut dir = Dir::Right;
        for value in 1..=(size * size) as u32 {
            g.cells[r as usize][c as usize] = value;
            let (dr, dc) = dir.delta();
            let (nr, nc) = (r + dr, c + dc);
            let n = size as i32;
            if nr < 0 || nc < 0 || nr >= n || nc >= n || g.cells[nr as usize][nc as usize] != 0 {
                dir = dir.turn();
                let (dr, dc) = dir.delta();
                r += dr;
                c += dc;
            } else {
                r = nr;
                c = nc;
            }
        }
        g
    }

    fn print(&self) {
        for r in 0..self.size {
            for c in 0..self.size {
                print!("{:>4}", self.cells[r][c]);
            }
            println!();
        }
    }

    fn diagonal(&self) -> [u32; MAX] {
        let n = self.size;
        let mut out = [0u32; n];
        for i in 0..n {
            out[i] = self.cells[i][i];
        }
        out
    }
}

fn main() {
    for size in [1, 3, 4] {
        let g = Grid::spiral(size);
        g.print();
        println!("diag {:?}", &g.diagonal()[..size]);
    }
}
