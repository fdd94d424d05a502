fn main() {
    let grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
    let pos: (usize, usize);
    'rows: for r in 0..3 {
        for c in 0..3 {
            if grid[r][c] == 5 {
                pos = (r, c);
                break 'rows;
            }
        }
    }
    println!("{:?}", pos);

    let idx: usize;
    let mut k = 0;
    loop {
        if grid[k][0] > 3 {
            idx = k;
            break;
        }
        k += 1;
    }
    println!("{}", idx);

    let v = 'blk: {
        if grid[0][0] == 1 {
            break 'blk 10;
        }
        20
    };
    println!("{}", v);
}
