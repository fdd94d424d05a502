// 2D arrays, nested loops with labels, functions taking array refs, consts in types.
const N: usize = 4;
type Grid = [[u8; N]; N];

fn make_grid(seed: u32) -> Grid {
    let mut g = [[0u8; N]; N];
    let mut s = seed;
    for r in 0..N {
        for c in 0..N {
            s = s.wrapping_mul(31).wrapping_add(7) % 101;
            g[r][c] = (s % 10) as u8;
        }
    }
    g
}

fn row_sums(g: &Grid) -> [u32; N] {
    let mut out = [0; N];
    for (r, row) in g.iter().enumerate() {
        for &v in row {
            out[r] += v as u32;
        }
    }
    out
}

fn find(g: &Grid, target: u8) -> (i32, i32) {
    let mut pos = (-1, -1);
    'search: for r in 0..N {
        for c in 0..N {
            if g[r][c] == target {
                pos = (r as i32, c as i32);
                break 'search;
            }
        }
    }
    pos
}

fn transpose(g: &mut Grid) {
    for r in 0..N {
        for c in (r + 1)..N {
            let t = g[r][c];
            g[r][c] = g[c][r];
            g[c][r] = t;
        }
    }
}

fn main() {
    let mut g = make_grid(3);
    for row in &g {
        println!("{:?}", row);
    }
    println!("sums {:?}", row_sums(&g));
    println!("find 7 {:?}", find(&g, 7));
    println!("find 42 {:?}", find(&g, 42));
    transpose(&mut g);
    println!("after transpose row0 {:?}", g[0]);
    let diag = {
        let mut d = 0u32;
        let mut i = 0;
        while i < N {
            d += g[i][i] as u32;
            i += 1;
        }
        d
    };
    println!("diag {diag}");
    let mut skipped = 0;
    'outer: for r in 0..N {
        for c in 0..N {
            if g[r][c] == 0 {
                skipped += 1;
                continue 'outer;
            }
        }
    }
    println!("rows with a zero: {skipped}");
}
