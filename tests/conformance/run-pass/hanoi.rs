// Towers of Hanoi, recursive, with a move counter and a trace of the first moves.
struct Solver {
    moves: u64,
    pegs: [[u8; 8]; 3],
    heights: [usize; 3],
}

impl Solver {
    fn move_disk(&mut self, from: usize, to: usize) {
        self.heights[from] -= 1;
        let disk = self.pegs[from][self.heights[from]];
        let h = self.heights[to];
        if h > 0 {
            assert!(self.pegs[to][h - 1] > disk, "illegal move");
        }
        self.pegs[to][h] = disk;
        self.heights[to] += 1;
        self.moves += 1;
        if self.moves <= 7 {
            println!("move {}: disk {} {} -> {}", self.moves, disk, from, to);
        }
    }

    fn solve(&mut self, n: u8, from: usize, to: usize, via: usize) {
        if n == 0 {
            return;
        }
        self.solve(n - 1, from, via, to);
        self.move_disk(from, to);
        self.solve(n - 1, via, to, from);
    }
}

fn main() {
    for n in [3u8, 5, 8] {
        let mut s = Solver { moves: 0, pegs: [[0; 8]; 3], heights: [0; 3] };
        for d in 0..n {
            s.pegs[0][d as usize] = n - d;
        }
        s.heights[0] = n as usize;
        s.solve(n, 0, 2, 1);
        println!("{} disks: {} moves (2^n - 1 = {}), heights {:?}", n, s.moves, 2u64.pow(n as u32) - 1, s.heights);
    }
}
