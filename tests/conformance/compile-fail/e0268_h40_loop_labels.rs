fn scan(grid: &[[u8; 4]; 3]) -> (usize, usize) {
    'rows: for r in 0..grid.len() {
        for c in 0..4 {
            if grid[r][c] == 9 {
                return (r, c);
            }
            if grid[r][c] == 0 {
                continue 'row;
            }
        }
    }
    (0, 0)
}

fn validate(values: &[u8]) -> bool {
    if values.is_empty() {
        break;
    }
    for v in values {
        if *v > 100 {
            return false;
        }
    }
    true
}

fn main() {
    let g = [[1, 2, 3, 4], [0, 9, 9, 9], [1, 1, 9, 1]];
    println!("{:?} {}", scan(&g), validate(&[1, 2]));
}
