// lints: unused_labels while_true
// A grid search whose inner loop reuses the outer loop's label: rustc warns
// that the label shadows the outer one (a warning no attribute can allow).
fn find(grid: [[u8; 3]; 3], wanted: u8) -> (usize, usize) {
    'search: for r in 0..3 {
        'search: for c in 0..3 {
            if grid[r][c] == wanted {
                return (r, c);
            }
            if grid[r][c] == 0 {
                break 'search;
            }
        }
    }
    (3, 3)
}

fn drain(mut budget: u32) -> u32 {
    let mut steps = 0;
    'outer: while true {
        'inner: loop {
            if budget == 0 {
                break 'outer;
            }
            budget -= 1;
            steps += 1;
            if steps % 4 == 0 {
                break;
            }
        }
        'outer: {
            if steps > 100 {
                break 'outer;
            }
        }
    }
    steps
}

fn main() {
    let grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]];
    println!("{:?}", find(grid, 6));
    println!("{}", drain(10));
}
