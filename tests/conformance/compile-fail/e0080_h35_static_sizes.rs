// Memory map statics whose initialisers overflow.
const PAGE: u32 = 4096;
const PAGES: u32 = 1 << 20;
static TOTAL_BYTES: u32 = PAGE * PAGES;
static HALF: u32 = PAGE * (PAGES / 2) - 1;
static REGIONS: [u16; 3] = [0x1000, 0x8000, 0xF000];
static LAST_REGION: u16 = REGIONS[2] + 0x1000;
const GUARD: u8 = 16;
static STACK_TOP: u8 = GUARD - 17;

fn region_of(addr: u16) -> usize {
    let mut r = 0;
    for i in 0..REGIONS.len() {
        if addr >= REGIONS[i] {
            r = i;
        }
    }
    r
}

fn main() {
    println!("{} {}", TOTAL_BYTES, HALF);
    println!("{} {} {}", region_of(0x9000), LAST_REGION, STACK_TOP);
}
