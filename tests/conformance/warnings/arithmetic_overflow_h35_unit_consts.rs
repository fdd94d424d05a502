// lints: arithmetic_overflow
// regen: build
// Storage sizes built from unit consts; some products do not fit the chosen types.
const KIB: u32 = 1024;
const MIB: u32 = KIB * KIB;
const SECTOR: u16 = 512;
const SHIFT: u32 = 32;
const SMALL: u8 = 200;

fn disk_bytes(sectors: u32) -> u64 {
    sectors as u64 * SECTOR as u64
}

fn main() {
    let four_gib = 4 * KIB * MIB;
    let cache_sectors: u16 = SECTOR * 128;
    let mask = 1u32 << SHIFT;
    let doubled: u8 = SMALL + SMALL / 2;
    let ok_mask = 1u64 << SHIFT;
    let ok_total = disk_bytes(MIB) + ok_mask;
    println!("{} {} {} {} {}", four_gib, cache_sectors, mask, doubled, ok_total);
}
