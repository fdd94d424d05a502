// Loop labels: a misspelled label, and a label used where none was declared.
fn find_pair(grid: &[[i32; 4]; 3], target: i32) -> (usize, usize) {
    let mut found = (0, 0);
    'rows: for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            if grid[r][c] == target {
                found = (r, c);
                break 'row;
            }
        }
    }
    found
}

fn count_until_negative(values: &[i32]) -> u32 {
    let mut count = 0;
    for v in values {
        if *v < 0 {
            break 'outer;
        }
        count += 1;
    }
    count
}

fn main() {
    let grid = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]];
    println!("{:?}", find_pair(&grid, 7));
    println!("{}", count_until_negative(&[3, 1, -2, 5]));
    let mut counter = 0;
    'counting_up: loop {
        counter += 1;
        if counter > 5 {
            break 'counting_up;
        }
        if counter % 2 == 0 {
            continue 'countingup;
        }
    }
}
