// Validating a sudoku grid with bitmasks over rows, columns and boxes.
type Grid = [[u8; 9]; 9];

#[derive(Debug, PartialEq)]
enum Problem {
    BadDigit { row: usize, col: usize, value: u8 },
    Duplicate { kind: &'static str, index: usize, value: u8 },
}

fn check(grid: &Grid) -> Result<bool, Problem> {
    let mut rows = [0u16; 9];
    let mut cols = [0u16; 9];
    let mut boxes = [0u16; 9];
    let mut complete = true;
    for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            match v {
                0 => {
                    complete = false;
                    continue;
                }
                1..=9 => {}
                value => return Err(Problem::BadDigit { row: r, col: c, value }),
            }
            let bit = 1u16 << v;
            let b = (r / 3) * 3 + c / 3;
            for (kind, masks, index) in [("row", &mut rows, r), ("column", &mut cols, c), ("box", &mut boxes, b)] {
                if masks[index] & bit != 0 {
                    return Err(Problem::Duplicate { kind, index, value: v });
                }
                masks[index] |= bit;
            }
        }
    }
    Ok(complete)
}

fn parse(text: &str) -> Grid {
    let mut g = [[0; 9]; 9];
    for (i, ch) in text.chars().filter(|c| !c.is_whitespace()).take(81).enumerate() {
        g[i / 9][i % 9] = ch.to_digit(10).map_or(0, |d| d as u8);
    }
    g
}

fn main() {
    let puzzle = "
        53..7....
        6..195...
        .98....6.
        8...6...3
        4..8.3..1
        7...2...6
        .6....28.
        ...419..5
        ....8..79";
    println!("{:?}", check(&parse(puzzle)));
    let mut bad = parse(puzzle);
    bad[0][2] = 5;
    println!("{:?}", check(&bad));
}
