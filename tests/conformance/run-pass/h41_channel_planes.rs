// Splits interleaved RGB pixels into three borrowed colour planes and computes histograms.
const W: usize = 6;
const H: usize = 4;
const N: usize = W * H;

struct Planes<'a> {
    r: &'a mut [u8],
    g: &'a mut [u8],
    b: &'a mut [u8],
}

fn make_image() -> [u8; N * 3] {
    let mut img = [0u8; N * 3];
    for y in 0..H {
        for x in 0..W {
            let i = (y * W + x) * 3;
            img[i] = (x * 40) as u8;
            img[i + 1] = (y * 60) as u8;
            img[i + 2] = ((x + y) * 25) as u8 ^ 0x0F;
        }
    }
    img
}

fn luma(r: u8, g: u8, b: u8) -> u8 {
    // BT.601 integer approximation
    ((r as u32 * 77 + g as u32 * 150 + b as u32 * 29) >> 8) as u8
}

fn histogram(plane: &[u8]) -> [u16; 4] {
    let mut h = [0u16; 4];
    for &v in plane {
        h[(v >> 6) as usize] += 1;
    }
    h
}

fn main() {
    let img = make_image();
    let (mut rs, mut gs, mut bs) = ([0u8; N], [0u8; N], [0u8; N]);
    let planes = Planes { r: &mut rs, g: &mut gs, b: &mut bs };
    for p in 0..N {
        planes.r[p] = img[p * 3];
        planes.g[p] = img[p * 3 + 1];
        planes.b[p] = img[p * 3 + 2];
    }
    let mut gray = [0u8; N];
    for p in 0..N {
        gray[p] = luma(planes.r[p], planes.g[p], planes.b[p]);
    }
    println!("r {:?}", histogram(&rs));
    println!("g {:?}", histogram(&gs));
    println!("b {:?}", histogram(&bs));
    println!("y {:?}", histogram(&gray));
    for row in 0..H {
        for col in 0..W {
            let v = gray[row * W + col];
            let ch = match v {
                0..=63 => ' ',
                64..=127 => '.',
                128..=191 => 'o',
                _ => '@',
            };
            print!("{}", ch);
        }
        println!("|");
    }
}
