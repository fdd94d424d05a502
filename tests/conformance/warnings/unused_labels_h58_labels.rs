// lints: unused_labels
fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let mut found = (0, 0);
    'rows: for (r, row) in grid.iter().enumerate() {
        'cols: for (c, v) in row.iter().enumerate() {
            if *v == 5 {
                found = (r, c);
                break 'rows;
            }
        }
    }
    println!("{:?}", found);
    let mut n = 0;
    'count: while n < 10 {
        n += 1;
        if n % 3 == 0 {
            continue 'count;
        }
    }
    println!("{}", n);
}
