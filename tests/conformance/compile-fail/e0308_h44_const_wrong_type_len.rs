// A const with the wrong initialiser type, used in an array length.
const WIDTH: usize = "8";
const HEIGHT: usize = 4;

fn blank() -> [[u8; WIDTH]; HEIGHT] {
    [[0; WIDTH]; HEIGHT]
}

fn count_set(g: &[[u8; WIDTH]; HEIGHT]) -> usize {
    let mut n = 0;
    for row in g.iter() {
        for c in row.iter() {
            if *c != 0 {
                n += 1;
            }
        }
    }
    n
}

fn main() {
    let mut g = blank();
    g[1][2] = 1;
    g[3][0] = 1;
    let n = count_set(&g);
    let s: &str = n;
    println!("{} {}", s, WIDTH * HEIGHT);
}
