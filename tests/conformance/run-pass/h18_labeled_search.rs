// Labelled breaks with values, nested loops and shadowing in nested blocks.
const GRID: [[i32; 5]; 4] = [
    [3, -1, 4, 1, -5],
    [9, 2, -6, 5, 3],
    [-5, 8, 9, -7, 9],
    [3, 2, -3, 8, 4],
];

fn find_pair(target: i32) -> (usize, usize, bool) {
    let found = 'rows: loop {
        let mut r = 0;
        while r < GRID.len() {
            let mut c = 0;
            while c + 1 < GRID[r].len() {
                if GRID[r][c] + GRID[r][c + 1] == target {
                    break 'rows (r, c, true);
                }
                c += 1;
            }
            r += 1;
        }
        break (0, 0, false);
    };
    found
}

fn first_negative_column() -> Option3 {
    let result = 'outer: {
        for c in 0..5 {
            for r in 0..4 {
                if GRID[r][c] < 0 {
                    break 'outer Option3::At(r, c);
                }
            }
        }
        Option3::Nowhere
    };
    result
}

#[derive(Debug, PartialEq)]
enum Option3 {
    At(usize, usize),
    Nowhere,
}

fn main() {
    for t in [7, 17, 100, -2] {
        let (r, c, ok) = find_pair(t);
        let msg = if ok { "found" } else { "missing" };
        println!("target {:>4}: {} at ({}, {})", t, msg, r, c);
    }
    println!("{:?}", first_negative_column());
    assert_eq!(first_negative_column(), Option3::At(2, 0));

    let x = 10;
    let total = {
        let x = x * 2;
        let y = {
            let x = x + 1;
            x * 3
        };
        x + y
    };
    println!("x={} total={}", x, total);

    let mut skipped = 0;
    let mut sum = 0;
    'cols: for c in 0..5 {
        for r in 0..4 {
            if GRID[r][c] > 8 {
                skipped += 1;
                continue 'cols;
            }
            sum += GRID[r][c];
        }
    }
    println!("skipped {} sum {}", skipped, sum);

    let mut n: u64 = 27;
    let steps = loop {
        let mut count = 0u32;
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            count += 1;
        }
        break count;
    };
    println!("collatz steps {}", steps);
}
