// Search loops producing values through labelled breaks.
const GRID: [[u8; 3]; 3] = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];

fn find(target: u8) -> (usize, usize) {
    let pos = 'rows: loop {
        for r in 0..3 {
            for c in 0..3 {
                if GRID[r][c] == target {
                    break 'rows (r, c);
                }
            }
        }
        break (9, 9);
    };
    pos
}

fn count_until(limit: u32) -> u32 {
    let mut i = 0;
    let n: u32 = loop {
        i += 1;
        if i == limit {
            break i as u64;
        }
    };
    n
}

fn block_value(flag: bool) -> i32 {
    let v = 'calc: {
        if flag {
            break 'calc 1;
        }
        2.5
    };
    v
}

fn mixed(limit: u8) -> u8 {
    let r = loop {
        if limit > 3 {
            break limit;
        }
        break;
    };
    r
}

fn while_value(n: u32) -> u32 {
    let mut k = n;
    let last = while k > 0 {
        k -= 1;
        if k == 2 {
            break k;
        }
    };
    let _ = last;
    k
}

fn main() {
    println!("{:?} {} {} {} {}", find(5), count_until(3), block_value(true), mixed(4), while_value(5));
}
