// arrays with inconsistent element types and lengths
fn brightness(rgb: [u8; 3]) -> u32 {
    (rgb[0] as u32 + rgb[1] as u32 + rgb[2] as u32) / 3
}

fn main() {
    let palette: [[u8; 3]; 2] = [[255, 0, 0], [0, 255]];
    let gray = [128, 128, 128.0];
    let level = brightness([10, 20, 30, 40]);
    let zeros: [i32; 5] = [0; 4];
    println!("{:?} {:?} {} {:?}", palette, gray, level, zeros);
}
