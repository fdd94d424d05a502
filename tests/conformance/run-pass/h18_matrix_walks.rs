// 2D arrays mutated through `&mut` helpers, slice ranges, `rev`, `step_by` and
// `enumerate`.
const N: usize = 5;
type Matrix = [[i32; N]; N];

fn fill_spiral(m: &mut Matrix) {
    let (mut top, mut left, mut bottom, mut right) = (0usize, 0usize, N - 1, N - 1);
    let mut v = 1;
    while top <= bottom && left <= right {
        for c in left..=right {
            m[top][c] = v;
            v += 1;
        }
        top += 1;
        for r in top..=bottom {
            m[r][right] = v;
            v += 1;
        }
        if right == 0 {
            break;
        }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() {
                m[bottom][c] = v;
                v += 1;
            }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() {
                m[r][left] = v;
                v += 1;
            }
            left += 1;
        }
    }
}

fn transpose(m: &mut Matrix) {
    for r in 0..N {
        for c in r + 1..N {
            let tmp = m[r][c];
            m[r][c] = m[c][r];
            m[c][r] = tmp;
        }
    }
}

fn row_window_sum(row: &[i32]) -> i32 {
    let mut best = i32::MIN;
    for start in 0..=row.len() - 3 {
        let w = &row[start..start + 3];
        let s = w[0] + w[1] + w[2];
        best = best.max(s);
    }
    best
}

fn main() {
    let mut m: Matrix = [[0; N]; N];
    fill_spiral(&mut m);
    for row in &m {
        for v in row.iter() {
            print!("{:>3}", v);
        }
        println!();
    }
    transpose(&mut m);
    let mut diag = 0;
    for (i, row) in m.iter().enumerate() {
        diag += row[i];
        println!("row {} best window {}", i, row_window_sum(row));
    }
    println!("diag {}", diag);
    let mut evens = 0;
    for i in (0..N * N).step_by(2) {
        evens += m[i / N][i % N];
    }
    println!("every other {}", evens);
    let tail = &m[N - 1][1..];
    println!("{:?} len {} empty {}", tail, tail.len(), tail[..0].is_empty());
}
