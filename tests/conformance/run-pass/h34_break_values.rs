// Searching with labelled loops, break values and if/else expressions whose
// types are fixed by later uses.

const GRID: [[u8; 5]; 4] = [
    [3, 8, 1, 9, 4],
    [7, 2, 6, 0, 5],
    [1, 1, 8, 3, 2],
    [9, 4, 4, 7, 6],
];

fn find(target: u8) -> (usize, usize) {
    let mut pos = (usize::MAX, usize::MAX);
    'rows: for r in 0..GRID.len() {
        for c in 0..GRID[r].len() {
            if GRID[r][c] == target {
                pos = (r, c);
                break 'rows;
            }
        }
    }
    pos
}

fn first_over(limit: u32) -> u64 {
    let mut n = 1;
    let square = loop {
        let sq = n * n;
        if sq > limit as u64 {
            break sq;
        }
        n += 1;
    };
    square
}

fn row_class(r: usize) -> &'static str {
    let sum: u32 = {
        let mut s = 0;
        for v in GRID[r] {
            s += v as u32;
        }
        s
    };
    if sum > 25 { "heavy" } else if sum > 15 { "medium" } else { "light" }
}

fn main() {
    for t in [0, 7, 42] {
        let (r, c) = find(t);
        let where_ = if r == usize::MAX { -1 } else { (r * 5 + c) as i64 };
        println!("{} at {}", t, where_);
    }
    println!("{}", first_over(1000));
    let mut i = 0;
    let steps = 'outer: loop {
        let mut j = 0;
        loop {
            if i * j > 20 {
                break 'outer i + j;
            }
            if j > i {
                break;
            }
            j += 1;
        }
        i += 1;
    };
    println!("steps {}", steps);
    for r in 0..GRID.len() {
        println!("row {} {}", r, row_class(r));
    }
}
