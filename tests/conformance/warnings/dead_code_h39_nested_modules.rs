// lints: dead_code
// A binary whose nested modules have leftovers: pub items in private modules are still dead.
mod storage {
    pub mod disk {
        pub struct Block {
            pub id: u32,
            pub bytes: u32,
            pub checksum: u32,
        }

        pub fn allocate(id: u32) -> Block {
            Block { id, bytes: 4096, checksum: 0 }
        }

        pub fn defragment(blocks: u32) -> u32 {
            blocks / 2
        }

        pub(crate) const SECTOR: u32 = 512;
    }

    pub mod cache {
        pub struct Entry {
            pub key: u32,
        }

        pub fn hit_rate(hits: u32, total: u32) -> u32 {
            if total == 0 { 0 } else { hits * 100 / total }
        }
    }

    pub fn total_bytes(n: u32) -> u32 {
        let b = disk::allocate(n);
        b.bytes * n + b.id
    }
}

fn main() {
    println!("{}", storage::total_bytes(3));
    println!("{}", storage::cache::hit_rate(3, 4));
}
