// Matrix helpers: an integer, a tuple and a struct are indexed with `[]`.
#[derive(Debug, Clone, Copy)]
struct Matrix2 {
    cells: [[i32; 2]; 2],
}

impl Matrix2 {
    fn det(&self) -> i32 {
        self.cells[0][0] * self.cells[1][1] - self.cells[0][1] * self.cells[1][0]
    }

    fn trace(&self) -> i32 {
        self.cells[0][0] + self.cells[1][1]
    }
}

fn row_sum(m: &Matrix2, row: usize) -> i32 {
    let mut s = 0;
    for col in 0..2 {
        s += m.cells[row][col];
    }
    s
}

fn main() {
    let m = Matrix2 { cells: [[1, 2], [3, 4]] };
    let size = 2;
    let pair = (m.det(), m.trace());
    let first = size[0];
    let d = pair[0];
    let corner = m[1];
    println!("{} {} {} {}", first, d, corner, row_sum(&m, 1));
}
