/// Squares of 0..16, computed at compile time.
pub const SQUARES: [u16; 16] = {
    let mut t = [0u16; 16];
    let mut i = 0;
    while i < 16 {
        t[i] = (i * i) as u16;
        i += 1;
    }
    t
};

/// Population counts of every byte.
pub static POPCOUNT: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0usize;
    while i < 256 {
        t[i] = (i as u8).count_ones() as u8;
        i += 1;
    }
    t
};

pub const GAMMA_STEPS: usize = SQUARES.len();
