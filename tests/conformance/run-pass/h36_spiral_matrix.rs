// Fill square matrices in a spiral, then check a few properties.
const MAX: usize = 6;

type Grid = [[u32; MAX]; MAX];

fn spiral(n: usize) -> Grid {
    let mut g: Grid = [[0; MAX]; MAX];
    let (mut top, mut left) = (0usize, 0usize);
    let (mut bottom, mut right) = (n, n);
    let mut next = 1;
    while top < bottom && left < right {
        for x in left..right {
            g[top][x] = next;
            next += 1;
        }
        top += 1;
        for y in top..bottom {
            g[y][right - 1] = next;
            next += 1;
        }
        right -= 1;
        if top < bottom {
            for x in (left..right).rev() {
                g[bottom - 1][x] = next;
                next += 1;
            }
            bottom -= 1;
        }
        if left < right {
            for y in (top..bottom).rev() {
                g[y][left] = next;
                next += 1;
            }
            left += 1;
        }
    }
    g
}

fn print_grid(g: &Grid, n: usize) {
    for row in &g[..n] {
        for v in &row[..n] {
            print!("{:>3}", v);
        }
        println!();
    }
}

fn diagonal_sums(g: &Grid, n: usize) -> (u32, u32) {
    let mut main = 0;
    let mut anti = 0;
    for i in 0..n {
        main += g[i][i];
        anti += g[i][n - 1 - i];
    }
    (main, anti)
}

fn main() {
    for n in [0usize, 1, 2, 3, 5] {
        println!("n = {}", n);
        let g = spiral(n);
        print_grid(&g, n);
        let (d1, d2) = diagonal_sums(&g, n);
        let total: u32 = {
            let mut s = 0;
            for row in g.iter() {
                for &v in row.iter() {
                    s += v;
                }
            }
            s
        };
        let expected = (n * n * (n * n + 1) / 2) as u32;
        println!("diagonals {} {}, total {} (expected {})", d1, d2, total, expected);
        assert_eq!(total, expected);
    }
    let big = spiral(MAX);
    let center = big[MAX / 2][MAX / 2 - 1];
    println!("last cell of 6x6 spiral: {}", center);
}
