// Labelled loops and blocks, break with values, continue with labels.
fn find_pair(grid: &[Vec<i32>], target: i32) -> Option<(usize, usize)> {
    let mut found = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        'cols: for (c, &v) in row.iter().enumerate() {
            if v < 0 {
                continue 'rows;
            }
            if v == 0 {
                continue 'cols;
            }
            if v == target {
                found = Some((r, c));
                break 'rows;
            }
        }
    }
    found
}

fn parse_header(line: &str) -> &str {
    let kind = 'kind: {
        if line.starts_with('#') {
            break 'kind "comment";
        }
        if line.contains('=') {
            break 'kind "assignment";
        }
        "other"
    };
    kind
}

fn first_square_above(limit: u64) -> u64 {
    let mut n = 0;
    let result = loop {
        n += 1;
        if n * n > limit {
            break n * n;
        }
    };
    result
}

fn collatz_steps(mut n: u64) -> u32 {
    let mut steps = 0;
    'outer: loop {
        while n != 1 {
            n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
            steps += 1;
            if steps > 1000 {
                break 'outer;
            }
        }
        break;
    }
    steps
}

fn main() {
    let grid = vec![vec![1, -1, 3], vec![0, 5, 6]];
    println!("{:?}", find_pair(&grid, 5));
    println!("{} {}", parse_header("# hi"), parse_header("a = 1"));
    println!("{} {}", first_square_above(50), collatz_steps(27));
    let mut i = 0;
    let value = 'done: loop {
        'inner: while i < 10 {
            i += 1;
            if i % 3 == 0 {
                continue 'inner;
            }
            if i == 8 {
                break 'done i * 100;
            }
        }
        break 'done 0;
    };
    let nested = 'a: {
        let x = 'b: {
            if value > 0 {
                break 'a 1;
            }
            break 'b 2;
        };
        x + 10
    };
    let unit_break = loop {
        break;
    };
    println!("{value} {nested} {:?}", unit_break);
}
