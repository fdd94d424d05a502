// Cursor movement on a text buffer: a Go programmer writes -1 into unsigned
// positions.

struct Cursor {
    line: usize,
    col: usize,
}

impl Cursor {
    fn step(&mut self, dx: usize) {
        self.col = self.col.wrapping_add(dx);
    }
}

fn clamp_col(col: usize, width: usize) -> usize {
    if col >= width { width - 1 } else { col }
}

fn main() {
    let mut cur = Cursor { line: 0, col: 4 };
    cur.step(-1);
    println!("at {}:{}", cur.line, cur.col);
    let back: u32 = -3;
    println!("back {}", back);
    let limit = clamp_col(cur.col, 80);
    println!("limit {}", limit);
    let delta = 2usize;
    cur.step(delta);
    println!("after step {}", cur.col);
}
