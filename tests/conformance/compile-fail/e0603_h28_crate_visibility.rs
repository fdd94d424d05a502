// Nested modules with pub(crate), pub(super) and private items, with lint attributes on modules.
mod storage {
    #![allow(dead_code)]

    pub mod disk {
        pub(crate) const BLOCK: u32 = 4096;
        pub(super) fn sectors(bytes: u32) -> u32 {
            (bytes + 511) / 512
        }
        fn raw_seek(pos: u32) -> u32 {
            pos / BLOCK
        }
        pub fn blocks(bytes: u32) -> u32 {
            (bytes + BLOCK - 1) / BLOCK
        }
    }

    #[warn(dead_code)]
    mod cache {
        pub(in crate::storage) fn warm(n: u32) -> u32 {
            n * 2
        }
        pub fn cold(n: u32) -> u32 {
            n
        }
    }

    pub fn plan(bytes: u32) -> u32 {
        disk::sectors(bytes) + cache::warm(1)
    }
}

#[deny(unused_variables)]
fn main() {
    let size = 10_000;
    println!("{}", storage::disk::blocks(size));
    println!("{}", storage::plan(size));
    println!("{}", storage::disk::BLOCK);
    println!("{}", storage::disk::sectors(size));
    println!("{}", storage::disk::raw_seek(size));
    println!("{}", storage::cache::cold(size));
}
