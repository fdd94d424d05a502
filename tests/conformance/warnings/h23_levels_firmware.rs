// lints: unused_variables unused_imports unreachable_code dead_code unused_parens unused_mut
// Firmware update code with lint levels on functions, blocks, expressions and fn-local `use`.
#![allow(unused)]

mod flash {
    pub const PAGE: usize = 256;
    pub fn erase(page: usize) -> bool {
        page < 64
    }
    pub fn crc(data: &[u8]) -> u32 {
        let mut c = 0u32;
        for &b in data {
            c = c.rotate_left(3) ^ b as u32;
        }
        c
    }
}

#[warn(unused_variables, unused_imports)]
fn write_image(img: &[u8]) -> u32 {
    use flash::erase;
    use flash::PAGE;
    let pages = img.len() / 256;
    let spare = pages + 1;
    flash::crc(img)
}

#[deny(unreachable_code)]
#[allow(unused_variables)]
fn verify(expected: u32, img: &[u8]) -> bool {
    let actual = flash::crc(img);
    if actual != expected {
        return false;
        let ignored = 1;
    }
    true
}

#[warn(unused)]
fn boot(slot: u8) -> u8 {
    let mut attempts = 0u8;
    let banner = (slot + 1);
    #[allow(unused_parens)]
    let padded = (slot * 2);
    attempts
}

#[warn(dead_code)]
mod recovery {
    pub fn restore() {}
    fn wipe() {}
    #[allow(dead_code)]
    fn wipe_quietly() {}
}

fn unused_everything(x: u8) {
    let y = x;
}

fn main() {
    let img = [1u8, 2, 3, 4];
    let c = write_image(&img);
    println!("{} {} {}", verify(c, &img), boot(1), flash::erase(2));
}
