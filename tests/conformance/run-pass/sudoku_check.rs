// Validates sudoku grids: rows, columns and 3x3 boxes.
type Grid = [[u8; 9]; 9];

#[derive(Debug, PartialEq)]
enum Problem {
    None,
    Row(usize),
    Column(usize),
    Box(usize, usize),
}

fn group_ok(values: [u8; 9]) -> bool {
    let mut seen = [false; 10];
    for v in values {
        if v == 0 || v > 9 || seen[v as usize] {
            return false;
        }
        seen[v as usize] = true;
    }
    true
}

fn check(g: &Grid) -> Problem {
    for r in 0..9 {
        if !group_ok(g[r]) {
            return Problem::Row(r);
        }
    }
    for c in 0..9 {
        let mut col = [0; 9];
        for r in 0..9 {
            col[r] = g[r][c];
        }
        if !group_ok(col) {
            return Problem::Column(c);
        }
    }
    for br in (0..9).step_by(3) {
        for bc in (0..9).step_by(3) {
            let mut b = [0; 9];
            for k in 0..9 {
                b[k] = g[br + k / 3][bc + k % 3];
            }
            if !group_ok(b) {
                return Problem::Box(br / 3, bc / 3);
            }
        }
    }
    Problem::None
}

fn main() {
    let mut g: Grid = [[0; 9]; 9];
    for r in 0..9 {
        for c in 0..9 {
            g[r][c] = ((r * 3 + r / 3 + c) % 9 + 1) as u8;
        }
    }
    println!("generated grid: {:?}", check(&g));
    println!("first row {:?}", g[0]);
    let mut broken = g;
    broken[4][4] = broken[4][5];
    println!("after edit: {:?}", check(&broken));
    let mut swapped = g;
    for r in 0..3 {
        let tmp = swapped[r][0];
        swapped[r][0] = swapped[r][1];
        swapped[r][1] = tmp;
    }
    println!("after swapping columns in a band: {:?}", check(&swapped));
    let mut cols = g;
    for r in 0..9 {
        let tmp = cols[r][0];
        cols[r][0] = cols[r][4];
        cols[r][4] = tmp;
    }
    let verdict = check(&cols);
    println!("after column swap across boxes: {:?} (ok: {})", verdict, verdict == Problem::None);
}
