const GRID: [[u8; 5]; 4] = [
    [1, 1, 0, 1, 1],
    [1, 0, 0, 1, 9],
    [1, 1, 1, 1, 1],
    [0, 0, 9, 1, 1],
];

fn find(target: u8) -> (usize, usize) {
    let found = 'search: {
        for (r, row) in GRID.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if *cell == target {
                    break 'search (r, c);
                }
            }
        }
        (usize::MAX, usize::MAX)
    };
    found
}

fn count_until_wall(row: usize) -> usize {
    let mut n = 0;
    'walk: loop {
        if n >= GRID[row].len() {
            break 'walk;
        }
        if GRID[row][n] == 0 {
            break;
        }
        n += 1;
    }
    n
}

fn first_row_with_zero() -> i32 {
    let mut result = -1;
    'rows: for r in 0..GRID.len() {
        for c in 0..GRID[r].len() {
            if GRID[r][c] == 0 {
                result = r as i32;
                break 'rows;
            }
        }
    }
    result
}

fn main() {
    println!("{:?}", find(9));
    println!("{:?}", find(7));
    println!("{} {}", count_until_wall(0), count_until_wall(2));
    println!("{}", first_row_with_zero());
}
