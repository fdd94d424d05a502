// Storage module imports with `self` in braces; a couple of them are malformed.
mod storage {
    pub mod disk {
        pub const BLOCK: usize = 4096;
        pub fn blocks(bytes: usize) -> usize {
            (bytes + BLOCK - 1) / BLOCK
        }
    }

    pub mod cache {
        pub const LINES: usize = 64;
        pub fn hit_rate(hits: u32, total: u32) -> u32 {
            if total == 0 {
                0
            } else {
                hits * 100 / total
            }
        }
    }
}

use storage::disk::{self, blocks, self};
use storage::cache::{self as c, hit_rate};
use {self};

fn main() {
    let n = blocks(10_000);
    let rate = hit_rate(30, 40);
    println!("{} {} {} {}", n, rate, disk::BLOCK, c::LINES);
}
