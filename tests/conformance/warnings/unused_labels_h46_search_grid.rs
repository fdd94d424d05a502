// lints: unused_labels
// Grid search with labelled loops and a labelled block, some labels never targeted.
const W: usize = 4;
const H: usize = 3;

fn find(grid: &[[u8; W]; H], target: u8) -> (usize, usize) {
    let mut found = (H, W);
    'rows: for r in 0..H {
        'cols: for c in 0..W {
            if grid[r][c] == target {
                found = (r, c);
                break 'rows;
            }
        }
    }
    found
}

fn first_even(vals: &[u32]) -> u32 {
    let v = 'scan: {
        for &x in vals {
            if x % 2 == 0 {
                break 'scan x;
            }
        }
        0
    };
    let w = 'unused_block: {
        v + 1
    };
    w
}

fn drain(mut n: u32) -> u32 {
    let mut steps = 0;
    'outer: while n > 0 {
        'inner: loop {
            n /= 2;
            steps += 1;
            continue 'outer;
        }
    }
    steps
}

fn main() {
    let g = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    println!("{:?}", find(&g, 7));
    println!("{}", first_even(&[3, 5, 8, 9]));
    println!("{}", drain(37));
}
