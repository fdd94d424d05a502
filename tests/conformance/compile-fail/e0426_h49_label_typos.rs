// Labels misspelled or used after their loop has ended.
fn find_pair(grid: &[[i32; 4]; 3], target: i32) -> (usize, usize) {
    let mut found = (0, 0);
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == target {
                found = (r, c);
                break 'row;
            }
            if v < 0 {
                continue 'rows;
            }
        }
    }
    found
}

fn drain(mut n: u32) -> u32 {
    let mut steps = 0;
    'outer: while n > 0 {
        n /= 3;
        steps += 1;
    }
    if steps > 3 {
        break 'outer;
    }
    steps
}

fn main() {
    let grid = [[1, 2, 3, 4], [5, -6, 7, 8], [9, 10, 11, 12]];
    println!("{:?}", find_pair(&grid, 7));
    println!("{}", drain(100));
}
