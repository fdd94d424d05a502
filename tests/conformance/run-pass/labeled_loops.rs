// Searching a grid with labelled breaks and continues; loop as an expression.
const GRID: [[i32; 6]; 5] = [
    [3, 8, 1, 9, 4, 2],
    [7, 0, 6, 5, 3, 8],
    [2, 9, 4, 7, 1, 6],
    [5, 3, 8, 0, 9, 2],
    [6, 1, 7, 4, 2, 5],
];

fn main() {
    let target = 0;
    let mut found = (usize::MAX, usize::MAX);
    'rows: for (r, row) in GRID.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == target {
                found = (r, c);
                break 'rows;
            }
        }
    }
    println!("first {} at {:?}", target, found);

    let mut rows_without_nine = 0;
    'outer: for row in GRID {
        for v in row {
            if v == 9 {
                continue 'outer;
            }
        }
        rows_without_nine += 1;
    }
    println!("rows without a 9: {}", rows_without_nine);

    let mut n = 27u64;
    let mut steps = 0;
    let peak = loop {
        let mut high = n;
        'climb: loop {
            if n == 1 {
                break 'climb;
            }
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            high = high.max(n);
            steps += 1;
        }
        break high;
    };
    println!("collatz(27): {} steps, peak {}", steps, peak);

    let first_big = 'search: {
        for row in &GRID {
            let mut sum = 0;
            for v in row {
                sum += v;
            }
            if sum > 30 {
                break 'search sum;
            }
        }
        -1
    };
    println!("first row sum above 30: {}", first_big);
}
