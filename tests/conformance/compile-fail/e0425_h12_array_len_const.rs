// A frame buffer whose array lengths name constants that were never declared.
const WIDTH: usize = 8;

struct Frame {
    pixels: [u8; WIDTH * HEIGHT],
    palette: [u32; COLORS],
}

fn clear(row: &mut [u8; ROW]) {
    for i in 0..row.len() {
        row[i] = 0;
    }
}

fn brightness(frame: &Frame) -> u32 {
    let mut total = 0;
    for p in frame.pixels {
        total += p as u32;
    }
    total / frame.pixels.len() as u32
}

fn main() {
    let frame = Frame { pixels: [7; 32], palette: [0; 4] };
    let mut row = [1u8; WIDTH];
    clear(&mut row);
    println!("{} {}", brightness(&frame), frame.palette.len());
}
