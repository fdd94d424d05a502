// Block device driver: buffer sizes in signatures come from consts.
const SECTOR: usize = 512;
const SECTORS_PER_BLOCK: usize = 8;
const BLOCK: usize = SECTOR * SECTORS_PER_BLOCK;
const HEADER: usize = 16;

struct Device {
    reads: u32,
    writes: u32,
}

impl Device {
    fn read_sector(&mut self, lba: u32, buf: &mut [u8; SECTOR]) {
        self.reads += 1;
        buf[0] = (lba & 0xff) as u8;
    }

    fn write_block(&mut self, block: &[u8; BLOCK]) -> usize {
        self.writes += 1;
        block.len()
    }

    fn header(&self) -> [u8; HEADER] {
        let mut h = [0u8; HEADER];
        h[0] = self.reads as u8;
        h[1] = self.writes as u8;
        h
    }
}

fn main() {
    let mut dev = Device { reads: 0, writes: 0 };
    let mut sector = [0u8; SECTOR];
    dev.read_sector(7, &mut sector);
    let mut big = [0u8; SECTOR * 2];
    dev.read_sector(8, &mut big);
    let block = [1u8; BLOCK];
    let n = dev.write_block(&block);
    let half = [0u8; BLOCK / 2];
    dev.write_block(&half);
    let h: [u8; HEADER + 1] = dev.header();
    println!("{} {} {}", n, sector[0], h[0]);
}
