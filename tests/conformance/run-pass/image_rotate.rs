// Rotating and flipping a small monochrome bitmap stored as an array.
const N: usize = 6;
type Bitmap = [[u8; N]; N];

fn rotate_cw(b: &Bitmap) -> Bitmap {
    let mut out = [[0; N]; N];
    for r in 0..N {
        for c in 0..N {
            out[c][N - 1 - r] = b[r][c];
        }
    }
    out
}

fn flip_h(b: &Bitmap) -> Bitmap {
    let mut out = *b;
    for row in 0..N {
        for c in 0..N / 2 {
            let tmp = out[row][c];
            out[row][c] = out[row][N - 1 - c];
            out[row][N - 1 - c] = tmp;
        }
    }
    out
}

fn show(label: &str, b: &Bitmap) {
    println!("{}", label);
    for row in b.iter() {
        for &px in row.iter() {
            print!("{}", if px == 1 { "██" } else { "··" });
        }
        println!();
    }
}

fn main() {
    let arrow: Bitmap = [
        [0, 0, 1, 0, 0, 0],
        [0, 1, 1, 0, 0, 0],
        [1, 1, 1, 1, 1, 1],
        [0, 1, 1, 0, 0, 0],
        [0, 0, 1, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
    ];
    show("original", &arrow);
    let r1 = rotate_cw(&arrow);
    show("rotated", &r1);
    show("flipped", &flip_h(&arrow));
    let mut full = arrow;
    for _ in 0..4 {
        full = rotate_cw(&full);
    }
    println!("four rotations give the original back: {}", full == arrow);
}
