// A tiny voxel volume [[[u8; 2]; 3]; 2] with assertions on the results.
const DEPTH: usize = 2;
const ROWS: usize = 3;
const COLS: usize = 2;

type Volume = [[[u8; COLS]; ROWS]; DEPTH];

fn fill(v: &mut Volume) {
    let mut k: u8 = 1;
    for plane in v.iter_mut() {
        for row in plane.iter_mut() {
            for cell in row.iter_mut() {
                *cell = k;
                k = k.wrapping_mul(3).wrapping_add(1);
            }
        }
    }
}

fn total(v: &Volume) -> u32 {
    let mut t = 0;
    for plane in v {
        for row in plane {
            for &c in row {
                t += c as u32;
            }
        }
    }
    t
}

fn flatten(v: Volume) -> [u8; DEPTH * ROWS * COLS] {
    let mut out = [0; DEPTH * ROWS * COLS];
    let mut i = 0;
    for plane in v {
        for row in plane {
            for c in row {
                out[i] = c;
                i += 1;
            }
        }
    }
    out
}

fn main() {
    let mut v: Volume = [[[0; COLS]; ROWS]; DEPTH];
    fill(&mut v);
    let flat = flatten(v);
    println!("{:?}", flat);
    assert_eq!(flat.len(), 12);
    assert_eq!(flat[..2], [1, 4]);
    assert_eq!(&flat[2..4], &[13, 40]);
    assert!(!flat.is_empty(), "flat was empty: {:?}", flat);
    println!("total = {}", total(&v));
    println!("corner = {}", v[DEPTH - 1][ROWS - 1][COLS - 1]);
    println!("{:#?}", v[0][0]);
    let mut hi = 0u8;
    for b in flat {
        hi = hi.max(b.swap_bytes());
    }
    println!("hi = {hi}, lz = {}", hi.leading_zeros());
}
