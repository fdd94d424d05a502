// A storage crate facade that tries to publish private modules under new names.
mod storage {
    mod disk {
        pub const BLOCK: usize = 512;

        pub fn blocks_for(bytes: usize) -> usize {
            (bytes + BLOCK - 1) / BLOCK
        }
    }

    mod cache {
        pub fn hit_rate(hits: u32, total: u32) -> u32 {
            if total == 0 { 0 } else { hits * 100 / total }
        }
    }

    pub use self::disk as block_device;
    pub use self::cache;

    pub fn usage(bytes: usize) -> usize {
        disk::blocks_for(bytes) * disk::BLOCK
    }
}

fn main() {
    let used = storage::usage(1300);
    let blocks = storage::block_device::blocks_for(1300);
    let rate = storage::cache::hit_rate(45, 60);
    println!("{} {} {}", used, blocks, rate);
    let ratio: u32 = used / 512;
    println!("{}", ratio);
}
