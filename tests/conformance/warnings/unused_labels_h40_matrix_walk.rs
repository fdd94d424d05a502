// lints: unused_labels
fn find_zero(m: &[[i32; 3]; 3]) -> (usize, usize) {
    let mut pos = (9, 9);
    'outer: for r in 0..3 {
        'inner: for c in 0..3 {
            if m[r][c] == 0 {
                pos = (r, c);
                break 'outer;
            }
        }
    }
    pos
}

fn row_sums(m: &[[i32; 3]; 3]) -> [i32; 3] {
    let mut out = [0; 3];
    'rows: for r in 0..3 {
        let mut s = 0;
        'cols: for c in 0..3 {
            if m[r][c] < 0 {
                continue 'rows;
            }
            s += m[r][c];
        }
        out[r] = s;
    }
    out
}

fn settle() -> u32 {
    let mut n = 0;
    'retry: loop {
        n += 1;
        if n > 3 {
            break;
        }
    }
    n
}

fn main() {
    let m = [[1, 2, 3], [4, 0, 6], [-1, 8, 9]];
    println!("{:?} {:?} {}", find_zero(&m), row_sums(&m), settle());
}
