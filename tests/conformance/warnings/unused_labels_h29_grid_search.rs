// lints: unused_labels
// A grid search with leftover labels from an earlier version of the loops.
const GRID: [[u8; 4]; 3] = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];

fn find(target: u8) -> (usize, usize) {
    let mut pos = (99, 99);
    'rows: for r in 0..GRID.len() {
        'cols: for c in 0..GRID[r].len() {
            if GRID[r][c] == target {
                pos = (r, c);
                break 'rows;
            }
        }
    }
    pos
}

fn row_sum(r: usize) -> u32 {
    let mut sum = 0;
    let mut c = 0;
    'walk: while c < GRID[r].len() {
        sum += GRID[r][c] as u32;
        c += 1;
    }
    sum
}

fn first_even() -> u8 {
    let found = 'search: {
        for row in GRID {
            for v in row {
                if v % 2 == 0 {
                    break 'search v;
                }
            }
        }
        0
    };
    let doubled = 'calc: { found * 2 };
    doubled
}

#[allow(unused_labels)]
mod legacy {
    pub fn count_down(n: u32) -> u32 {
        let mut k = n;
        'tick: loop {
            if k == 0 {
                break;
            }
            k -= 1;
        }
        k
    }
}

struct Scanner {
    limit: u32,
}

#[deny(unused_labels)]
impl Scanner {
    fn scan(&self) -> u32 {
        let mut hits = 0;
        'outer: for i in 0..self.limit {
            'inner: for j in 0..i {
                if (i + j) % 3 == 0 {
                    hits += 1;
                    continue 'outer;
                }
            }
        }
        hits
    }
}

fn main() {
    let s = Scanner { limit: 6 };
    println!("{:?} {} {} {} {}", find(7), row_sum(1), first_even(), legacy::count_down(3), s.scan());
}
