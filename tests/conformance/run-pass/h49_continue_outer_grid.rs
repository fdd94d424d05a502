// `continue 'row` / `break 'grid value` over a 2-D array of seats.
const ROWS: usize = 5;
const COLS: usize = 6;

fn find_block(seats: &[[u8; COLS]; ROWS], want: usize) -> (usize, usize) {
    'grid: for r in 0..ROWS {
        'start: for c in 0..COLS {
            if c + want > COLS {
                continue 'grid;
            }
            for k in 0..want {
                if seats[r][c + k] != 0 {
                    continue 'start;
                }
            }
            return (r, c);
        }
    }
    (usize::MAX, usize::MAX)
}

fn first_full_row(seats: &[[u8; COLS]; ROWS]) -> i32 {
    let mut r = 0;
    let row = 'rows: loop {
        if r == ROWS {
            break -1;
        }
        let mut c = 0;
        while c < COLS {
            if seats[r][c] == 0 {
                r += 1;
                continue 'rows;
            }
            c += 1;
        }
        break 'rows r as i32;
    };
    row
}

fn main() {
    let mut seats = [[0u8; COLS]; ROWS];
    seats[0] = [1, 1, 0, 1, 0, 0];
    seats[1] = [0, 1, 0, 0, 0, 1];
    seats[2] = [1; COLS];
    seats[3][4] = 1;
    for want in 1..=5 {
        let (r, c) = find_block(&seats, want);
        if r == usize::MAX {
            println!("{want} seats: none");
        } else {
            println!("{want} seats: row {r} col {c}");
        }
    }
    println!("first full row: {}", first_full_row(&seats));
    seats[2][0] = 0;
    println!("first full row now: {}", first_full_row(&seats));
}
